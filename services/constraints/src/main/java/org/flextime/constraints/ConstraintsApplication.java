package org.flextime.constraints;

import org.flextime.rules.ScheduleValidator;
import org.flextime.constraints.api.IdempotentPosts;
import org.flextime.constraints.robinx.RobinxInstances;
import org.flextime.constraints.robinx.RobinxStore;
import org.flextime.constraints.sets.ConstraintSetStore;
import org.flextime.constraints.sets.ConstraintSets;
import org.flextime.constraints.validation.SchedulerClient;
import org.flextime.constraints.validation.ScheduleValidations;
import org.flextime.domain.SeasonCatalog;
import org.flextime.platform.PlatformConfiguration;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.ServicePorts;
import org.flextime.platform.messaging.EventPublisher;
import org.flextime.platform.launch.Standalone;
import org.flextime.platform.saga.JdbcStepResults;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/** The constraints service: validates schedules against the rules of their sport and season. */
@SpringBootApplication
@Import(PlatformConfiguration.class)
public class ConstraintsApplication {

    /** This service in the topology. */
    public static final ServiceDefinition SERVICE = new ServiceDefinition("constraints", "constraints", ConstraintsApplication.class, ServicePorts.offset("constraints"));

    @Bean
    SeasonCatalog seasonCatalog() {
        return SeasonCatalog.bundled();
    }

    @Bean
    ScheduleValidator scheduleValidator() {
        return new ScheduleValidator();
    }

    @Bean
    ConstraintSets constraintSets(JdbcTemplate jdbc, SeasonCatalog seasons, EventPublisher events, TransactionTemplate tx, ObjectMapper json,
                                  RobinxStore robinx) {
        return new ConstraintSets(new ConstraintSetStore(jdbc), seasons, id -> RobinxInstances.season(robinx, json, id), events, tx, json);
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
    IdempotentPosts idempotentPosts(JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json) {
        return new IdempotentPosts(jdbc, tx, json);
    }

    @Bean
    ScheduleValidations scheduleValidations(ConstraintSets sets, ObjectMapper json,
                                            @Value("${flextime.scheduler-url:${flextime.routes.scheduler:}}") String schedulerUrl) {
        return new ScheduleValidations(sets, new SchedulerClient(schedulerUrl, json));
    }

    @Bean
    JdbcStepResults validations(JdbcTemplate jdbc) {
        return new JdbcStepResults(jdbc, "validation");
    }

    /** Runs the service alone (distributed topology). */
    public static void main(String[] args) {
        Standalone.run(SERVICE, args);
    }
}
