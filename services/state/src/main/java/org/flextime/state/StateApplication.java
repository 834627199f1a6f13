package org.flextime.state;

import org.flextime.platform.PlatformConfiguration;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.ServicePorts;
import org.flextime.platform.launch.Standalone;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The state service: the event store and audit trail. */
@SpringBootApplication
@Import(PlatformConfiguration.class)
public class StateApplication {

    /** This service in the topology. */
    public static final ServiceDefinition SERVICE = new ServiceDefinition("state", "state", StateApplication.class, ServicePorts.offset("state"));

    /** Runs the service alone (distributed topology). */
    public static void main(String[] args) {
        Standalone.run(SERVICE, args);
    }
}
