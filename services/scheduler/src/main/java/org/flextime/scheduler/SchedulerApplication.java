package org.flextime.scheduler;

import org.flextime.platform.PlatformConfiguration;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.ServicePorts;
import org.flextime.platform.launch.Standalone;
import org.flextime.engine.season.SeasonGenerator;
import org.flextime.scheduler.editing.ConflictsApi;
import org.flextime.scheduler.editing.ConflictsClient;
import org.flextime.scheduler.editing.ScheduleChecks;
import org.flextime.scheduler.jobs.ConstraintSetSource;
import org.flextime.scheduler.jobs.ConstraintsApi;
import org.flextime.scheduler.jobs.ConstraintsClient;
import org.flextime.scheduler.config.SchedulerProperties;
import org.flextime.platform.IdempotencyConfiguration;
import org.flextime.platform.web.Backoff;
import org.flextime.platform.security.ServiceTokens;
import org.flextime.platform.web.HttpServiceClients;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.flextime.scheduler.jobs.DraftEngine;
import org.flextime.scheduler.persistence.Schedules;
import org.flextime.scheduler.seasons.Seasons;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.flextime.scheduler.jobs.OptimizerDraftEngine;
import org.flextime.scheduler.jobs.InstanceDrafts;
import org.flextime.scheduler.problems.RobinxClient;
import org.flextime.scheduler.problems.RobinxInstancesApi;
import org.flextime.scheduler.problems.RobinxSource;
import org.flextime.engine.season.optimizer.SeasonOptimizer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The scheduler service: schedule requests, jobs, the creation saga and the generation engine. */
@SpringBootApplication
@EnableScheduling
@Import({PlatformConfiguration.class, IdempotencyConfiguration.class})
@EnableConfigurationProperties(SchedulerProperties.class)
public class SchedulerApplication {

    /** This service in the topology. */
    public static final ServiceDefinition SERVICE = new ServiceDefinition("scheduler", "scheduler", SchedulerApplication.class, ServicePorts.offset("scheduler"));

    /** The seasons stored in the scheduler's schema: what every schedule is built from. */
    @Bean
    Seasons seasons(JdbcTemplate jdbc, TransactionTemplate tx, JsonMapper json) {
        return new Seasons(jdbc, tx, json);
    }

    /** The sport's active constraint set, from the constraints service's public API (none configured: the default sets). */
    @Bean
    ConstraintSetSource constraintSetSource(SchedulerProperties settings, JsonMapper json, ServiceTokens tokens) {
        SchedulerProperties.Constraints constraints = settings.constraints();
        if (constraints.url() == null || constraints.url().isBlank()) {
            return ConstraintSetSource.DEFAULTS;
        }
        ConstraintsApi api = HttpServiceClients.create(ConstraintsApi.class, constraints.url(), constraints.connectTimeout(),
                constraints.readTimeout(), json, tokens);
        return new ConstraintsClient(api, constraints.backoff(), constraints.retryFor());
    }

    /** Imported RobinX instances, from the constraints service's public API (none configured: no instances). */
    @Bean
    RobinxSource robinxSource(SchedulerProperties settings, JsonMapper json, ServiceTokens tokens) {
        SchedulerProperties.Constraints constraints = settings.constraints();
        if (constraints.url() == null || constraints.url().isBlank()) {
            return RobinxSource.NONE;
        }
        return new RobinxClient(HttpServiceClients.create(RobinxInstancesApi.class, constraints.url(), constraints.connectTimeout(),
                constraints.readTimeout(), json, tokens));
    }

    @Bean
    InstanceDrafts instanceDrafts(RobinxSource robinx) {
        return new InstanceDrafts(robinx);
    }

    /** The critical conflicts the publish gate counts, from the conflicts service (none configured: none counted). */
    @Bean
    ScheduleChecks.CriticalConflicts criticalConflicts(SchedulerProperties settings, JsonMapper json, ServiceTokens tokens) {
        SchedulerProperties.Conflicts c = settings.conflicts();
        if (c == null || c.url() == null || c.url().isBlank()) {
            return (scheduleId, version) -> 0;
        }
        ConflictsApi api = HttpServiceClients.create(ConflictsApi.class, c.url(), c.connectTimeout(), c.readTimeout(), json, tokens);
        return new ConflictsClient(api, new Backoff(c.backoff(), c.retryFor()), c.detectionWait());
    }

    @Bean
    DraftEngine draftEngine(ConstraintSetSource sets, Schedules schedules) {
        return new OptimizerDraftEngine(new SeasonOptimizer(), new SeasonGenerator(), sets, schedules::latestFinalGames);
    }

    /** Runs the scheduler alone (distributed topology). */
    public static void main(String[] args) {
        Standalone.run(SERVICE, args);
    }
}
