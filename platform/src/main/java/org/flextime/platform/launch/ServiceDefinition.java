package org.flextime.platform.launch;

import java.util.HashMap;
import java.util.Map;

/**
 * One service of the topology: its name, schema, Spring application class and port offset from
 * the gateway's port.
 */
public record ServiceDefinition(String name, String schema, Class<?> application, int portOffset) {

    /**
     * The log pattern's level part: the level, then the service that logged (the MDC's {@code serviceName}, else
     * {@code fallback}), the correlation id and the trace id. Logging is one per JVM, so in the embedded topology
     * the last context started sets it for all: the name must come from the MDC, not from the pattern.
     */
    public static String logLevelPattern(String fallback) {
        return "%5p [%X{serviceName:-" + fallback + "},%X{correlationId:-},%X{traceId:-}]";
    }

    /** The properties that make this service a separate application on its own port and schema. */
    public Map<String, Object> properties(int basePort, String databaseUrl, String user, String password) {
        Map<String, Object> p = new HashMap<>();
        p.put("spring.application.name", name);
        p.put("flextime.service.name", name);
        p.put("server.port", basePort + portOffset);
        p.put("spring.main.banner-mode", "off");
        if (schema != null) {
            p.put("spring.datasource.url", DatabaseUrl.forSchema(databaseUrl, schema));
            p.put("spring.datasource.username", user);
            p.put("spring.datasource.password", password);
            p.put("spring.datasource.hikari.pool-name", name);
            p.put("spring.datasource.hikari.maximum-pool-size", 5);
            p.put("spring.flyway.schemas", schema);
            p.put("spring.flyway.default-schema", schema);
            p.put("spring.flyway.locations", "classpath:db/platform,classpath:db/" + schema);
        } else {
            // A service without a schema must not get an accidental in-memory database.
            p.put("spring.autoconfigure.exclude", String.join(",",
                    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"));
        }
        p.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
        p.put("management.endpoint.health.probes.enabled", true);
        p.put("management.endpoint.health.show-details", "always");
        p.put("management.metrics.tags.service", name);
        p.put("spring.mvc.problemdetails.enabled", true);
        p.put("logging.pattern.level", logLevelPattern(name));
        p.put("springdoc.api-docs.path", "/v3/api-docs");
        // Redis is only a dependency of the distributed topology; Standalone turns this on there.
        p.put("management.health.redis.enabled", false);
        if ("json".equalsIgnoreCase(System.getenv("FLEXTIME_LOG_FORMAT"))) {
            // One JSON object per line (Elastic Common Schema), with the MDC's correlation id in it.
            p.put("logging.structured.format.console", "ecs");
        }
        return p;
    }
}
