package org.flextime.conflicts;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.flextime.conflicts.config.ConflictsProperties;
import org.flextime.conflicts.detection.ConflictStore;
import org.flextime.conflicts.detection.ConstraintSets;
import org.flextime.conflicts.detection.ConstraintSetsApi;
import org.flextime.conflicts.detection.ScheduleSeasons;
import org.flextime.conflicts.resolution.ProposalStore;
import org.flextime.conflicts.resolution.Resolutions;
import org.flextime.conflicts.resolution.SchedulerApi;
import org.flextime.conflicts.resolution.StrategyRegistry;
import org.flextime.engine.conflicts.resolution.Resolver;
import org.flextime.platform.messaging.EventPublisher;
import org.flextime.conflicts.detection.HardViolations;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.SeasonDocuments;
import org.flextime.platform.PlatformConfiguration;
import org.flextime.platform.StepResultsConfiguration;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.ServicePorts;
import org.flextime.platform.launch.Standalone;
import org.flextime.platform.web.Backoff;
import org.flextime.platform.security.ServiceTokens;
import org.flextime.platform.web.HttpServiceClients;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** The conflicts service: detects conflicts on every schedule version, explains and stores them. */
@SpringBootApplication
@Import({PlatformConfiguration.class, StepResultsConfiguration.class})
@EnableConfigurationProperties(ConflictsProperties.class)
public class ConflictsApplication {

    /** This service in the topology. */
    public static final ServiceDefinition SERVICE = new ServiceDefinition("conflicts", "conflicts", ConflictsApplication.class, ServicePorts.offset("conflicts"));

    /** The bundled seasons, for schedules whose creation carried no season document (see ScheduleSeasons). */
    @Bean
    SeasonCatalog seasonCatalog() {
        return SeasonCatalog.bundled();
    }

    /** The seasons the saga's commands carry, each version parsed once. */
    @Bean
    SeasonDocuments seasonDocuments() {
        return new SeasonDocuments(32);
    }

    /** The hard violations of each version under its sport's active constraint set, evaluated here. */
    @Bean
    HardViolations hardViolations(ConstraintSets sets) {
        return new HardViolations(sets);
    }

    /**
     * The constraint sets schedules are judged by, from the constraints service (none configured: the defaults); the
     * active one is kept for {@code flextime.constraints.fresh-for} unless {@code constraints.changed} drops it sooner.
     */
    @Bean
    ConstraintSets constraintSets(ConflictsProperties settings, JsonMapper json, ServiceTokens tokens) {
        ConflictsProperties.Constraints c = settings.constraints();
        if (c == null || c.url() == null || c.url().isBlank()) {
            return new ConstraintSets(null, null);
        }
        return new ConstraintSets(HttpServiceClients.create(ConstraintSetsApi.class, c.url(), c.connectTimeout(), c.readTimeout(), json, tokens),
                new Backoff(c.backoff(), c.retryFor()), c.freshFor() == null ? Duration.ofSeconds(30) : c.freshFor(), Clock.systemUTC());
    }

    /** The strategies: built in, and the plug-in folder's jars. */
    @Bean
    StrategyRegistry strategyRegistry(ConflictsProperties settings, ProposalStore store) {
        String folder = settings.resolution() == null ? null : settings.resolution().plugins();
        return new StrategyRegistry(folder == null || folder.isBlank() ? null : Path.of(folder), store);
    }

    /**
     * Strategies run on daemon threads of their own: a plug-in that never returns holds one of them, never a request
     * thread, and never keeps the JVM from stopping.
     */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService strategyThreads() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "resolution-strategy-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Proposals and applying them through the scheduler's editing API. */
    @Bean
    Resolutions resolutions(ConflictsProperties settings, ConflictStore conflicts, ProposalStore proposals, StrategyRegistry strategies,
                            ScheduleSeasons seasons, ConstraintSets sets, ExecutorService strategyThreads, EventPublisher events, JsonMapper json,
                            MeterRegistry meters, ServiceTokens tokens) {
        ConflictsProperties.Resolution r = settings.resolution();
        Duration budget = r == null || r.budget() == null ? Duration.ofSeconds(2) : r.budget();
        ConflictsProperties.Scheduler s = settings.scheduler();
        SchedulerApi scheduler = s == null || s.url() == null || s.url().isBlank()
                ? (id, ifMatch, actor, edit) -> {
                    throw new IllegalStateException("no scheduler configured (flextime.scheduler.url): proposals cannot be applied");
                }
                : HttpServiceClients.create(SchedulerApi.class, s.url(), s.connectTimeout(), s.readTimeout(), json, tokens);
        return new Resolutions(conflicts, proposals, strategies, seasons, sets, new Resolver(strategyThreads, budget), scheduler, events, json,
                meters);
    }

    /** Runs the service alone (distributed topology). */
    public static void main(String[] args) {
        Standalone.run(SERVICE, args);
    }
}
