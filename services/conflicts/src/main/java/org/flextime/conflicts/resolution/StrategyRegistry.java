package org.flextime.conflicts.resolution;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.flextime.contracts.api.Strategies;
import org.flextime.contracts.api.StrategyView;
import org.flextime.engine.conflicts.resolution.ResolutionStrategy;
import org.flextime.engine.conflicts.resolution.StrategyCatalog;
import org.flextime.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The strategies this service proposes with: the built-in ones and the plug-in folder's, loaded at start and again on
 * request; each switched on or off in the conflicts schema, so every replica agrees and a restart keeps it.
 */
public class StrategyRegistry {

    private static final Logger log = LoggerFactory.getLogger(StrategyRegistry.class);

    private final Path plugins;
    private final ProposalStore store;
    private final AtomicReference<StrategyCatalog> catalog = new AtomicReference<>();

    /** The registry of the built-ins and the jars in {@code plugins} (null: none). */
    public StrategyRegistry(Path plugins, ProposalStore store) {
        this.plugins = plugins;
        this.store = store;
        reload();
    }

    /** Loads the built-ins and the plug-in folder again; strategies in use keep running on the catalog they came from. */
    public Strategies reload() {
        StrategyCatalog loaded = StrategyCatalog.load(plugins);
        loaded.problems().forEach(p -> log.warn("resolution plug-in not loaded: {}", p));
        catalog.set(loaded);
        return list();
    }

    /** Every strategy with its state, and what could not be loaded. */
    public Strategies list() {
        StrategyCatalog c = catalog.get();
        return new Strategies(c.entries().stream().map(this::view).toList(), c.problems());
    }

    /** One strategy; 404 when there is none of this name. */
    public StrategyView get(String name) {
        return view(entry(name));
    }

    /** Switches a strategy on or off; 404 when there is none of this name. */
    public StrategyView enable(String name, boolean enabled) {
        StrategyCatalog.Entry e = entry(name);
        store.enable(name, enabled, Instant.now());
        return view(e);
    }

    /** The strategies switched on. */
    public List<ResolutionStrategy> enabled() {
        return catalog.get().entries().stream().filter(e -> store.enabled(e.strategy().name())).map(StrategyCatalog.Entry::strategy)
                .toList();
    }

    private StrategyCatalog.Entry entry(String name) {
        return catalog.get().find(name).orElseThrow(() -> new NotFoundException("strategy", name));
    }

    private StrategyView view(StrategyCatalog.Entry e) {
        String name = e.strategy().name();
        return new StrategyView(name, e.strategy().description(), e.origin(), store.enabled(name));
    }
}
