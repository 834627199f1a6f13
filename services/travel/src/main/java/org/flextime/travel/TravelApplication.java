package org.flextime.travel;

import org.flextime.domain.SeasonDocuments;
import org.flextime.platform.PlatformConfiguration;
import org.flextime.platform.StepResultsConfiguration;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.ServicePorts;
import org.flextime.platform.launch.Standalone;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The travel service: distances, road trips and travel cost of schedules. */
@SpringBootApplication
@Import({PlatformConfiguration.class, StepResultsConfiguration.class})
public class TravelApplication {

    /** This service in the topology. */
    public static final ServiceDefinition SERVICE = new ServiceDefinition("travel", "travel", TravelApplication.class, ServicePorts.offset("travel"));

    /** The seasons the saga's commands carry, each version parsed once. */
    @Bean
    SeasonDocuments seasonDocuments() {
        return new SeasonDocuments(32);
    }

    /** Runs the service alone (distributed topology). */
    public static void main(String[] args) {
        Standalone.run(SERVICE, args);
    }
}
