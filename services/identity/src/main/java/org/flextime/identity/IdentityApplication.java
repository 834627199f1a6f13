package org.flextime.identity;

import org.flextime.platform.WebConfiguration;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.ServicePorts;
import org.flextime.platform.launch.Standalone;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/** The identity service: users, roles and clients, and the OAuth 2.1 / OpenID Connect issuer of the embedded topology. */
@SpringBootApplication
@Import(WebConfiguration.class)
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityApplication {

    /** This service in the topology. */
    public static final ServiceDefinition SERVICE = new ServiceDefinition("identity", "identity", IdentityApplication.class,
            ServicePorts.offset("identity"));

    /** Runs the service alone (distributed topology). */
    public static void main(String[] args) {
        Standalone.run(SERVICE, args);
    }
}
