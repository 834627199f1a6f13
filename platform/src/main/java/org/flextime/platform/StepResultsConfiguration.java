package org.flextime.platform;

import org.flextime.platform.saga.JdbcStepResults;
import org.flextime.platform.web.StepResultsController;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a service whose saga step produces a result gets: the {@code step_result} table behind its
 * participant and {@code GET <flextime.step-results.path>/{scheduleId}} serving the live result.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StepResultsConfiguration.Endpoint.class)
public class StepResultsConfiguration {

    /** Where the results are served ({@code path}, e.g. {@code /api/v1/travel}) and what a missing one is called in the 404. */
    @ConfigurationProperties("flextime.step-results")
    public record Endpoint(String path, String name) {
    }

    @Bean
    JdbcStepResults stepResults(JdbcTemplate jdbc) {
        return new JdbcStepResults(jdbc);
    }

    @Bean
    StepResultsController stepResultsController(JdbcStepResults results, Endpoint endpoint) {
        return new StepResultsController(results, endpoint.name());
    }
}
