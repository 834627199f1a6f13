package org.flextime.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The identity service's settings; the defaults are in {@code identity.yml}.
 *
 * @param dataDir where the first admin's {@code admin.password} and {@code admin.token} are written
 * @param userTokenLifetime how long a token issued through the users API lasts
 * @param adminTokenLifetime how long {@code admin.token} lasts
 * @param serviceTokenLifetime how long a service's client-credentials token lasts
 * @param serviceClients the client secret of each service, by service name
 */
@ConfigurationProperties("flextime.identity")
public record IdentityProperties(Path dataDir, Duration userTokenLifetime, Duration adminTokenLifetime,
                                 Duration serviceTokenLifetime, Map<String, String> serviceClients) {
}
