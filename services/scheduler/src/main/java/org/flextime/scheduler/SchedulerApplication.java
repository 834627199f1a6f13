package org.flextime.scheduler;

import org.flextime.domain.SeasonCatalog;
import org.flextime.platform.PlatformConfiguration;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.ServicePorts;
import org.flextime.platform.launch.Standalone;
import org.flextime.engine.season.SeasonGenerator;
import org.flextime.scheduler.jobs.ConstraintSetSource;
import org.flextime.scheduler.jobs.ConstraintsClient;
import org.flextime.scheduler.jobs.DraftEngine;
import org.flextime.scheduler.persistence.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.flextime.scheduler.jobs.OptimizerDraftEngine;
import org.flextime.engine.season.optimizer.SeasonOptimizer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The scheduler service: schedule requests, jobs, the creation saga and the generation engine. */
@SpringBootApplication
@EnableScheduling
@Import(PlatformConfiguration.class)
public class SchedulerApplication {

    /** This service in the topology. */
    public static final ServiceDefinition SERVICE = new ServiceDefinition("scheduler", "scheduler", SchedulerApplication.class, ServicePorts.offset("scheduler"));

    @Bean
    SeasonCatalog seasonCatalog() {
        return SeasonCatalog.bundled();
    }

    /** The sport's active constraint set, from the constraints service's public API. */
    @Bean
    ConstraintSetSource constraintSetSource(@Value("${flextime.constraints-url:${flextime.routes.constraints:}}") String constraintsUrl) {
        return new ConstraintsClient(constraintsUrl);
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
