package org.flextime.platform.launch;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts one service as its own process: the distributed topology. */
public final class Standalone {

    private Standalone() {
    }

    /** The variable that gives the identity service the client secret of {@code service}. */
    public static String clientSecretVariable(String service) {
        return "FLEXTIME_CLIENT_SECRET_" + service.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    /** Runs the service with the topology's settings from the environment. */
    public static ConfigurableApplicationContext run(ServiceDefinition service, String[] args) {
        TopologySettings settings = TopologySettings.from(System.getenv());
        Map<String, Object> properties = new HashMap<>(
                service.properties(settings.basePort(), settings.databaseUrl(), settings.user(), settings.password()));
        for (Map.Entry<String, Integer> other : ServicePorts.OFFSETS.entrySet()) {
            // The gateway finds each service at FLEXTIME_ROUTE_<NAME> (a Kubernetes service URL), or beside it on this host.
            String env = System.getenv("FLEXTIME_ROUTE_" + other.getKey().toUpperCase().replace('-', '_'));
            properties.put("flextime.routes." + other.getKey(), env != null ? env : "http://127.0.0.1:" + (settings.basePort() + other.getValue()));
        }
        properties.remove("flextime.routes.gateway");
        String issuer = System.getenv("FLEXTIME_ISSUER_URL");
        if (issuer != null && !issuer.isBlank()) {
            // an external OIDC issuer (Keycloak, Entra ID, Okta) instead of the identity service
            properties.put("flextime.security.issuer", issuer);
        }
        properties.put("flextime.security.client.id", System.getenv().getOrDefault("FLEXTIME_CLIENT_ID", service.name()));
        String secret = Secrets.fromEnvironment("FLEXTIME_CLIENT_SECRET");
        if (secret != null) {
            properties.put("flextime.security.client.secret", secret);
        }
        properties.put("flextime.identity.data-dir", settings.dataDir());
        if (service.name().equals("identity")) {
            // the issuer knows each service's client secret (FLEXTIME_CLIENT_SECRET_<SERVICE>, or its _FILE)
            for (String other : ServicePorts.OFFSETS.keySet()) {
                String otherSecret = Secrets.fromEnvironment(clientSecretVariable(other));
                if (otherSecret != null) {
                    properties.put("flextime.identity.service-clients." + other, otherSecret);
                }
            }
        }
        String redis = System.getenv("FLEXTIME_REDIS_URL");
        if (redis != null && !redis.isBlank()) {
            // Separate processes exchange events through Redis Streams.
            properties.put("flextime.bus.kind", "redis");
            properties.put("spring.data.redis.url", redis);
            properties.put("management.health.redis.enabled", true);
        }
        return service.application(properties).run(args);
    }
}
