package org.flextime.platform.launch;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts one service as its own process: the distributed topology. */
public final class Standalone {

    private Standalone() {
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
