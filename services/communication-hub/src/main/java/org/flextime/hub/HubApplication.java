package org.flextime.hub;

import org.flextime.platform.WebConfiguration;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.ServicePorts;
import org.flextime.platform.launch.Standalone;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The communication hub: the event catalog and its schemas. */
@SpringBootApplication
@Import(WebConfiguration.class)
public class HubApplication {

    /** This service in the topology. */
    public static final ServiceDefinition SERVICE = new ServiceDefinition("communication-hub", null, HubApplication.class, ServicePorts.offset("communication-hub"));

    /** Runs the service alone (distributed topology). */
    public static void main(String[] args) {
        Standalone.run(SERVICE, args);
    }
}
