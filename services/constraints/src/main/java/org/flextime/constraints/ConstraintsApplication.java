package org.flextime.constraints;

import org.flextime.constraints.engine.ScheduleValidator;
import org.flextime.domain.SeasonCatalog;
import org.flextime.platform.PlatformConfiguration;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.Standalone;
import org.flextime.platform.saga.JdbcStepResults;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The constraints service: validates schedules against the rules of their sport and season. */
@SpringBootApplication
@Import(PlatformConfiguration.class)
public class ConstraintsApplication {

    /** This service in the topology. */
    public static final ServiceDefinition SERVICE = new ServiceDefinition("constraints", "constraints", ConstraintsApplication.class, 2);

    @Bean
    SeasonCatalog seasonCatalog() {
        return SeasonCatalog.bundled();
    }

    @Bean
    ScheduleValidator scheduleValidator() {
        return new ScheduleValidator();
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
