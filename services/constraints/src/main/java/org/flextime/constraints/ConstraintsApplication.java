package org.flextime.constraints;

import org.flextime.rules.ScheduleValidator;
import org.flextime.constraints.config.ConstraintsProperties;
import org.flextime.constraints.robinx.RobinxInstances;
import org.flextime.constraints.robinx.RobinxStore;
import org.flextime.constraints.sets.ConstraintSetStore;
import org.flextime.constraints.sets.ConstraintSets;
import org.flextime.constraints.validation.SchedulerApi;
import org.flextime.constraints.validation.SchedulerClient;
import org.flextime.constraints.validation.SeasonsApi;
import org.flextime.constraints.validation.ScheduleValidations;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.SeasonDocuments;
import org.flextime.platform.IdempotencyConfiguration;
import org.flextime.platform.PlatformConfiguration;
import org.flextime.platform.StepResultsConfiguration;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.ServicePorts;
import org.flextime.platform.messaging.EventPublisher;
import org.flextime.platform.launch.Standalone;
import org.flextime.platform.security.ServiceTokens;
import org.flextime.platform.web.HttpServiceClients;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The constraints service: validates schedules against the rules of their sport and season. */
@SpringBootApplication
@Import({PlatformConfiguration.class, StepResultsConfiguration.class, IdempotencyConfiguration.class})
@EnableConfigurationProperties(ConstraintsProperties.class)
public class ConstraintsApplication {

    /** This service in the topology. */
    public static final ServiceDefinition SERVICE = new ServiceDefinition("constraints", "constraints", ConstraintsApplication.class, ServicePorts.offset("constraints"));

    /** The seasons the saga's commands carry, each version parsed once. */
    @Bean
    SeasonDocuments seasonDocuments() {
        return new SeasonDocuments(32);
    }

    @Bean
    SeasonCatalog seasonCatalog() {
        return SeasonCatalog.bundled();
    }

    @Bean
    ScheduleValidator scheduleValidator() {
        return new ScheduleValidator();
    }

    /** Seasons outside the bundled catalog: an imported RobinX instance's own, else the scheduler's (imported, copied). */
    @Bean
    ConstraintSets constraintSets(JdbcTemplate jdbc, SeasonCatalog seasons, EventPublisher events, TransactionTemplate tx, ObjectMapper json,
                                  RobinxStore robinx, SchedulerClient scheduler) {
        return new ConstraintSets(new ConstraintSetStore(jdbc), seasons,
                id -> RobinxInstances.season(robinx, json, id).or(() -> scheduler.season(id, null)), events, tx, json);
    }

    /** The scheduler's public API, when {@code flextime.scheduler.url} names it. */
    @Bean
    SchedulerClient schedulerClient(JsonMapper json, ConstraintsProperties settings, SeasonDocuments documents, ServiceTokens tokens) {
        ConstraintsProperties.Scheduler scheduler = settings.scheduler();
        if (scheduler.url() == null || scheduler.url().isBlank()) {
            return new SchedulerClient(null);
        }
        return new SchedulerClient(
                HttpServiceClients.create(SchedulerApi.class, scheduler.url(), scheduler.connectTimeout(), scheduler.readTimeout(), json, tokens),
                HttpServiceClients.create(SeasonsApi.class, scheduler.url(), scheduler.connectTimeout(), scheduler.readTimeout(), json, tokens),
                documents);
    }

    @Bean
    RobinxStore robinxStore(JdbcTemplate jdbc) {
        return new RobinxStore(jdbc);
    }

    @Bean
    RobinxInstances robinxInstances(RobinxStore store, ConstraintSets sets, TransactionTemplate tx, ObjectMapper json) {
        return new RobinxInstances(store, sets, tx, json);
    }

    @Bean
    ScheduleValidations scheduleValidations(ConstraintSets sets, SchedulerClient scheduler) {
        return new ScheduleValidations(sets, scheduler);
    }

    /** Runs the service alone (distributed topology). */
    public static void main(String[] args) {
        Standalone.run(SERVICE, args);
    }
}
