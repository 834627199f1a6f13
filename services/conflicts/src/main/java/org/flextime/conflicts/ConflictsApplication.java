package org.flextime.conflicts;

import org.flextime.conflicts.config.ConflictsProperties;
import org.flextime.conflicts.detection.ConstraintsApi;
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

    /** The bundled seasons, which the detection of edited versions still reads (see Detection). */
    @Bean
    SeasonCatalog seasonCatalog() {
        return SeasonCatalog.bundled();
    }

    /** The seasons the saga's commands carry, each version parsed once. */
    @Bean
    SeasonDocuments seasonDocuments() {
        return new SeasonDocuments(32);
    }

    /** Hard violations from the constraints service's public API (none configured: the sport's default set, checked here). */
    @Bean
    HardViolations hardViolations(ConflictsProperties settings, JsonMapper json, SeasonCatalog seasons, ServiceTokens tokens) {
        ConflictsProperties.Constraints c = settings.constraints();
        if (c == null || c.url() == null || c.url().isBlank()) {
            return HardViolations.local(seasons);
        }
        ConstraintsApi api = HttpServiceClients.create(ConstraintsApi.class, c.url(), c.connectTimeout(), c.readTimeout(), json, tokens);
        return new HardViolations(api, new Backoff(c.backoff(), c.retryFor()), json);
    }

    /** Runs the service alone (distributed topology). */
    public static void main(String[] args) {
        Standalone.run(SERVICE, args);
    }
}
