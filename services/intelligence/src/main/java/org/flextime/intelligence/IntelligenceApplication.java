package org.flextime.intelligence;

import org.flextime.domain.QualityModel;
import org.flextime.platform.PlatformConfiguration;
import org.flextime.platform.StepResultsConfiguration;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.ServicePorts;
import org.flextime.platform.launch.Standalone;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The intelligence service: predicts schedule quality. */
@SpringBootApplication
@Import({PlatformConfiguration.class, StepResultsConfiguration.class})
public class IntelligenceApplication {

    /** This service in the topology. */
    public static final ServiceDefinition SERVICE = new ServiceDefinition("intelligence", "intelligence", IntelligenceApplication.class, ServicePorts.offset("intelligence"));

    @Bean
    QualityModel qualityModel() {
        return new QualityModel();
    }

    /** Runs the service alone (distributed topology). */
    public static void main(String[] args) {
        Standalone.run(SERVICE, args);
    }
}
