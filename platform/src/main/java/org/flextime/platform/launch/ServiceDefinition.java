package org.flextime.platform.launch;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * One service of the topology: its name, schema, Spring application class and port offset from
 * the gateway's port. Its settings and their defaults are in {@code platform.yml} (every service) and
 * {@code <name>.yml} (its own) on the classpath; the topology adds only its port, its database and
 * how events travel.
 */
public record ServiceDefinition(String name, String schema, Class<?> application, int portOffset) {

    /** The topology's choices for this service: its port, its token issuer and, when it has a schema, its database. */
    public Map<String, Object> properties(int basePort, String databaseUrl, String user, String password) {
        Map<String, Object> p = new HashMap<>();
        p.put("server.port", basePort + portOffset);
        // tokens come from the identity service beside this one unless the launcher names another issuer
        p.put("flextime.security.issuer", "http://127.0.0.1:" + (basePort + ServicePorts.offset("identity")));
        if (schema != null) {
            p.put("spring.datasource.url", DatabaseUrl.forSchema(databaseUrl, schema));
            p.put("spring.datasource.username", user);
            p.put("spring.datasource.password", password);
            p.put("spring.flyway.schemas", schema);
            p.put("spring.flyway.default-schema", schema);
        }
        if ("json".equalsIgnoreCase(System.getenv("FLEXTIME_LOG_FORMAT"))) {
            // One JSON object per line (Elastic Common Schema), with the MDC's correlation id in it.
            p.put("logging.structured.format.console", "ecs");
        }
        return p;
    }

    /**
     * The service as a Spring application reading only its own files ({@code platform.yml}, {@code <name>.yml}),
     * so services sharing one JVM never see each other's settings; {@code topology} ranks above both files.
     */
    public SpringApplicationBuilder application(Map<String, Object> topology) {
        Map<String, Object> chosen = new HashMap<>(topology);
        chosen.put("spring.config.name", "platform," + name);
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("flextime-topology-" + name, chosen));
        return new SpringApplicationBuilder(application).environment(environment);
    }
}
