package org.flextime.intelligence;

import org.flextime.intelligence.engine.QualityModel;
import org.flextime.platform.PlatformConfiguration;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.ServicePorts;
import org.flextime.platform.launch.Standalone;
import org.flextime.platform.saga.JdbcStepResults;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The intelligence service: predicts schedule quality. */
@SpringBootApplication
@Import(PlatformConfiguration.class)
public class IntelligenceApplication {

    /** This service in the topology. */
    public static final ServiceDefinition SERVICE = new ServiceDefinition("intelligence", "intelligence", IntelligenceApplication.class, ServicePorts.offset("intelligence"));

    @Bean
    QualityModel qualityModel() {
        return new QualityModel();
    }

    @Bean
    JdbcStepResults stepResults(JdbcTemplate jdbc) {
        return new JdbcStepResults(jdbc, "quality_prediction");
    }

    /** Runs the service alone (distributed topology). */
    public static void main(String[] args) {
        Standalone.run(SERVICE, args);
    }
}
