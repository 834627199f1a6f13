package org.flextime.travel;

import java.time.Clock;

import org.flextime.domain.SeasonDocuments;
import org.flextime.platform.IdempotencyConfiguration;
import org.flextime.platform.PlatformConfiguration;
import org.flextime.platform.StepResultsConfiguration;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.ServicePorts;
import org.flextime.platform.launch.Standalone;
import org.flextime.platform.security.ServiceTokens;
import org.flextime.platform.web.HttpServiceClients;
import org.flextime.travel.config.TravelProperties;
import org.flextime.travel.fares.LiveFares;
import org.flextime.travel.schedules.ConstraintsApi;
import org.flextime.travel.schedules.ScheduleTravel;
import org.flextime.travel.schedules.SchedulerApi;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** The travel service: what schedules cost in travel, and schedules that cost less. */
@SpringBootApplication
@Import({PlatformConfiguration.class, StepResultsConfiguration.class, IdempotencyConfiguration.class})
@EnableConfigurationProperties(TravelProperties.class)
public class TravelApplication {

    /** This service in the topology. */
    public static final ServiceDefinition SERVICE = new ServiceDefinition("travel", "travel", TravelApplication.class, ServicePorts.offset("travel"));

    /** The seasons the saga's commands carry, each version parsed once. */
    @Bean
    SeasonDocuments seasonDocuments() {
        return new SeasonDocuments(32);
    }

    /**
     * A schedule's travel through the scheduler's and the constraints service's public APIs; a live fare feed when one
     * is configured. Without a scheduler the routes answer 422 naming {@code flextime.travel.scheduler.url}.
     */
    @Bean
    ScheduleTravel scheduleTravel(TravelProperties settings, JsonMapper json, SeasonDocuments seasons, ServiceTokens tokens) {
        TravelProperties.Api s = settings.scheduler();
        SchedulerApi scheduler = s == null || s.url() == null || s.url().isBlank() ? null
                : HttpServiceClients.create(SchedulerApi.class, s.url(), s.connectTimeout(), s.readTimeout(), json, tokens);
        TravelProperties.Api c = settings.constraints();
        ConstraintsApi constraints = c == null || c.url() == null || c.url().isBlank() ? null
                : HttpServiceClients.create(ConstraintsApi.class, c.url(), c.connectTimeout(), c.readTimeout(), json, tokens);
        TravelProperties.FareFeed f = settings.fareFeed();
        LiveFares fares = f == null || f.url() == null || f.url().isBlank() ? null
                : new LiveFares(f.url(), f.timeout(), f.ttl(), f.window(), f.openFor(), json, Clock.systemUTC());
        return new ScheduleTravel(scheduler, constraints, fares, seasons, json, settings.optimizeFor());
    }

    /** Runs the service alone (distributed topology). */
    public static void main(String[] args) {
        Standalone.run(SERVICE, args);
    }
}
