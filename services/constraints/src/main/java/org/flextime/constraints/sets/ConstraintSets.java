package org.flextime.constraints.sets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.ConstraintSetDocument;
import org.flextime.rules.DefaultRules;
import org.flextime.rules.RuleCompiler;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.RuleDefinitionException;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.platform.messaging.EventPublisher;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;
import org.flextime.platform.web.PreconditionFailedException;
import org.slf4j.MDC;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Constraint sets: one per sport and season, immutable versions, one active at a time. Which rules a validation
 * uses is decided here, per call, from the active version in the database: activating a version applies it to
 * the next validation in every replica without a restart. A sport without a set uses its default rules.
 */
public class ConstraintSets {

    /** The source of this service's events. */
    public static final String SOURCE = "/flextime/constraints";

    /** The rules a validation runs: a set version (version 0 and id "default:..." for the built-in defaults). */
    public record Resolved(String setId, int version, String contentHash, CompiledSet compiled) {
        /** Identifies the rules for caching: set and version. */
        public String key() {
            return setId + "@" + version;
        }
    }

    /** What changed between two versions, by rule id. */
    public record Diff(String setId, int from, int to, List<RuleDefinition> added, List<RuleDefinition> removed, List<Change> changed) {
    }

    /** One rule present in both versions with different definitions. */
    public record Change(String id, RuleDefinition from, RuleDefinition to) {
    }

    private final ConstraintSetStore store;
    private final SeasonCatalog seasons;
    /** Seasons outside the catalog: imported RobinX instances, each its own season. */
    private final Function<String, Optional<Season>> importedSeasons;
    private final EventPublisher events;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final ConstraintSetDocument documents = new ConstraintSetDocument();
    private final RuleCompiler compiler = new RuleCompiler();
    private final DefaultRules defaults = new DefaultRules();
    /** Versions never change, so a compiled version can be kept for the life of the process. */
    private final Map<String, Resolved> compiled = new ConcurrentHashMap<>();

    /** The sets of this service. */
    public ConstraintSets(ConstraintSetStore store, SeasonCatalog seasons, EventPublisher events, TransactionTemplate tx, ObjectMapper json) {
        this(store, seasons, id -> Optional.empty(), events, tx, json);
    }

    /** The sets of this service, with seasons the catalog does not hold found by {@code importedSeasons}. */
    public ConstraintSets(ConstraintSetStore store, SeasonCatalog seasons, Function<String, Optional<Season>> importedSeasons,
                          EventPublisher events, TransactionTemplate tx, ObjectMapper json) {
        this.store = store;
        this.seasons = seasons;
        this.importedSeasons = importedSeasons;
        this.events = events;
        this.tx = tx;
        this.json = json;
    }

    /** The season, or a 422 naming the field. */
    public Season season(String id, String field) {
        return seasons.find(id).or(() -> id == null ? Optional.empty() : importedSeasons.apply(id))
                .orElseThrow(() -> new InvalidFieldException(field, "unknown season '" + id + "'", 422));
    }

    /** The sport of the season, or a 422 naming the field. */
    public Sport sport(Season season, String code, String field) {
        return season.sport(code).orElseThrow(() -> new InvalidFieldException(field, "season " + season.id() + " has no sport '" + code + "'", 422));
    }

    /** The default set of a sport: what validation uses before anyone creates a set. */
    public ConstraintSet defaults(Season season, Sport sport) {
        return defaults.forSport(season, sport);
    }

    /**
     * The rules to validate a sport with: the given version of its set (0: the defaults), else the active
     * version, else the defaults. Reads the active pointer on every call (one indexed row), which is what makes activation live.
     */
    public Resolved resolve(Season season, Sport sport, Integer version) {
        var set = store.findFor(season.id(), sport.code());
        // version 0 always means the built-in defaults, also for a sport that has a set
        if (set.isEmpty() || (version == null && set.get().activeVersion() == null) || Integer.valueOf(0).equals(version)) {
            if (version != null && version != 0) {
                throw new InvalidFieldException("constraintSetVersion", "sport " + sport.code() + " of " + season.id()
                        + " has no constraint set, only the defaults (version 0)", 422);
            }
            // rules compile against the season's data, which differs between its versions: the key holds the season too
            return compiled.computeIfAbsent("default:" + season.id() + ":" + sport.code() + "@0#" + season.hashCode(), k -> {
                ConstraintSet rules = defaults.forSport(season, sport);
                return new Resolved("default:" + season.id() + ":" + sport.code(), 0, documents.hash(rules), compiler.compile(rules, season));
            });
        }
        String setId = set.get().id();
        int v = version != null ? version : set.get().activeVersion();
        return compiled.computeIfAbsent(setId + "@" + v + "#" + season.hashCode(), k -> {
            var row = store.version(setId, v).orElseThrow(() -> new InvalidFieldException("constraintSetVersion",
                    "constraint set " + setId + " has no version " + v, 422));
            ConstraintSet rules = documents.read(json.readTree(row.document()), sport.code(), season.id());
            return new Resolved(setId, v, row.contentHash(), compiler.compile(rules, season));
        });
    }

    /**
     * Creates the set of a sport and season with version 1 (the given rules, or the defaults) and activates it.
     * {@code rules} is the request's rules array; errors name its JSON path.
     */
    public ConstraintSetStore.SetRow create(String seasonId, String sportCode, String name, JsonNode rules, String note) {
        Season season = season(seasonId, "season");
        Sport sport = sport(season, sportCode, "sport");
        String id = sport.code().toLowerCase(Locale.ROOT) + "-" + season.id();
        ConstraintSet set = rules == null || rules.isNull() ? defaults.forSport(season, sport) : checked(season, sport, rules);
        return tx.execute(t -> {
            if (store.findFor(season.id(), sport.code()).isPresent()) {
                throw new InvalidFieldException("sport", "a constraint set for " + sport.code() + " " + season.id() + " exists: " + id
                        + "; add a version to it", 409);
            }
            store.insertSet(id, sport.code(), season.id(), name == null || name.isBlank() ? sport.name() + " " + season.id() : name);
            store.insertVersion(id, 1, documents.text(set), documents.hash(set), note == null ? "created" : note);
            activateLocked(store.lock(id).orElseThrow(), 1, documents.hash(set));
            return store.find(id).orElseThrow();
        });
    }

    /**
     * Creates the set of an imported season (its one sport) under the given id with version 1 and activates it. Joins
     * the caller's transaction, so an import stores its instance and its set together or not at all.
     */
    public ConstraintSetStore.SetRow createImported(Season season, String id, String name, ConstraintSet rules, String note) {
        Sport sport = season.sports().get(0);
        compiler.compile(rules, season);
        return tx.execute(t -> {
            if (store.find(id).isPresent() || store.findFor(season.id(), sport.code()).isPresent()) {
                throw new InvalidFieldException("id", "a constraint set " + id + " exists", 409);
            }
            store.insertSet(id, sport.code(), season.id(), name);
            store.insertVersion(id, 1, documents.text(rules), documents.hash(rules), note);
            activateLocked(store.lock(id).orElseThrow(), 1, documents.hash(rules));
            return store.find(id).orElseThrow();
        });
    }

    /**
     * The entity tag of a set: it changes with every new version and every activation, which are the edits
     * {@code If-Match} guards ({@code "v<latest>.a<active>"}).
     */
    public String etag(String setId) {
        ConstraintSetStore.SetRow row = set(setId);
        return etag(row, store.latestVersion(setId));
    }

    private static String etag(ConstraintSetStore.SetRow row, int latest) {
        return "\"v" + latest + ".a" + (row.activeVersion() == null ? 0 : row.activeVersion()) + "\"";
    }

    /** 412 unless {@code ifMatch} (absent: no condition; "*" matches any set) names the set's current tag. */
    private void checkIfMatch(ConstraintSetStore.SetRow row, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = etag(row, store.latestVersion(row.id()));
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(current)) {
                return;
            }
        }
        throw new PreconditionFailedException("constraint set " + row.id() + " has changed: If-Match " + ifMatch.strip()
                + " does not match its current ETag " + current + "; read it again and retry", current);
    }

    /** Adds a version (not active yet); a version that breaks its schema or names unknown teams or slots is never stored. */
    public ConstraintSetStore.VersionRow addVersion(String setId, JsonNode rules, String note) {
        return addVersion(setId, rules, note, null);
    }

    /** {@link #addVersion(String, JsonNode, String)} if the set's ETag matches {@code ifMatch} (null: unconditionally), else 412. */
    public ConstraintSetStore.VersionRow addVersion(String setId, JsonNode rules, String note, String ifMatch) {
        ConstraintSetStore.SetRow row = set(setId);
        Season season = season(row.season(), "season");
        Sport sport = sport(season, row.sport(), "sport");
        if (rules == null || rules.isNull()) {
            throw new InvalidFieldException("rules", "rules are required", 422);
        }
        ConstraintSet set = checked(season, sport, rules);
        return tx.execute(t -> {
            checkIfMatch(store.lock(setId).orElseThrow(() -> new NotFoundException("constraint-set", setId)), ifMatch);
            int next = store.latestVersion(setId) + 1;
            store.insertVersion(setId, next, documents.text(set), documents.hash(set), note);
            return store.version(setId, next).orElseThrow();
        });
    }

    /** Makes a stored version the active one and publishes {@code constraints.changed} in the same transaction. */
    public ConstraintSetStore.SetRow activate(String setId, int version) {
        return activate(setId, version, null);
    }

    /** {@link #activate(String, int)} if the set's ETag matches {@code ifMatch} (null: unconditionally), else 412. */
    public ConstraintSetStore.SetRow activate(String setId, int version, String ifMatch) {
        return tx.execute(t -> {
            ConstraintSetStore.SetRow row = store.lock(setId).orElseThrow(() -> new NotFoundException("constraint-set", setId));
            checkIfMatch(row, ifMatch);
            ConstraintSetStore.VersionRow v = store.version(setId, version)
                    .orElseThrow(() -> new NotFoundException("constraint-set version", setId + "@" + version));
            // stored versions passed these checks when added; checking again keeps a hand-edited row from going live
            Season season = season(row.season(), "season");
            compiler.compile(documents.read(json.readTree(v.document()), row.sport(), row.season()), season);
            if (!Objects.equals(row.activeVersion(), version)) {
                activateLocked(row, version, v.contentHash());
            }
            return store.find(setId).orElseThrow();
        });
    }

    private void activateLocked(ConstraintSetStore.SetRow row, int version, String hash) {
        store.activate(row.id(), version);
        Payloads.ConstraintsChanged changed = new Payloads.ConstraintsChanged(row.id(), row.sport(), row.season(), version,
                row.activeVersion(), hash);
        String correlation = Objects.requireNonNullElseGet(MDC.get("correlationId"), () -> UUID.randomUUID().toString());
        events.publish(EventEnvelope.first(SOURCE, EventTypes.CONSTRAINTS_CHANGED, row.id(), json.valueToTree(changed), correlation));
    }

    /** The set, or 404. */
    public ConstraintSetStore.SetRow set(String setId) {
        return store.find(setId).orElseThrow(() -> new NotFoundException("constraint-set", setId));
    }

    /** All sets, optionally filtered. */
    public List<ConstraintSetStore.SetRow> list(String season, String sport) {
        return store.list(season, sport == null ? null : sport.toUpperCase(Locale.ROOT));
    }

    /** The versions of a set, oldest first. */
    public List<ConstraintSetStore.VersionRow> versions(String setId) {
        set(setId);
        return store.versions(setId);
    }

    /** One version, or 404. */
    public ConstraintSetStore.VersionRow version(String setId, int version) {
        set(setId);
        return store.version(setId, version).orElseThrow(() -> new NotFoundException("constraint-set version", setId + "@" + version));
    }

    /** The rules of a stored version. */
    public ConstraintSet rules(ConstraintSetStore.VersionRow v) {
        ConstraintSetStore.SetRow row = set(v.setId());
        return documents.read(json.readTree(v.document()), row.sport(), row.season());
    }

    /** The JSON document of a stored version. */
    public JsonNode document(ConstraintSetStore.VersionRow v) {
        return json.readTree(v.document());
    }

    /** The JSON document of a set. */
    public ObjectNode document(ConstraintSet set) {
        return documents.write(set);
    }

    /** Rules added, removed and changed from one version to another. */
    public Diff diff(String setId, int from, int to) {
        ConstraintSet a = rules(version(setId, from));
        ConstraintSet b = rules(version(setId, to));
        List<RuleDefinition> added = new ArrayList<>();
        List<RuleDefinition> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (RuleDefinition r : b.rules()) {
            var before = a.rule(r.id());
            if (before.isEmpty()) {
                added.add(r);
            } else if (!before.get().equals(r)) {
                changed.add(new Change(r.id(), before.get(), r));
            }
        }
        for (RuleDefinition r : a.rules()) {
            if (b.rule(r.id()).isEmpty()) {
                removed.add(r);
            }
        }
        return new Diff(setId, from, to, added, removed, changed);
    }

    private ConstraintSet checked(Season season, Sport sport, JsonNode rules) {
        ObjectNode doc = json.createObjectNode();
        doc.put("sport", sport.code());
        doc.put("season", season.id());
        doc.set("rules", rules);
        try {
            ConstraintSet set = documents.read(doc, sport.code(), season.id());
            compiler.compile(set, season);
            return set;
        } catch (RuleDefinitionException e) {
            throw new InvalidFieldException(e.path(), e.getMessage(), 422);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("rules", e.getMessage(), 422);
        }
    }
}
