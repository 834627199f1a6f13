package org.flextime.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flextime.constraints.ConstraintsApplication;
import org.flextime.conflicts.ConflictsApplication;
import org.flextime.gateway.GatewayApplication;
import org.flextime.hub.HubApplication;
import org.flextime.identity.IdentityApplication;
import org.flextime.intelligence.IntelligenceApplication;
import org.flextime.platform.PlatformConfiguration;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.launch.TopologySettings;
import org.flextime.platform.messaging.InProcessBroker;
import org.flextime.scheduler.SchedulerApplication;
import org.flextime.state.StateApplication;
import org.flextime.travel.TravelApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every service in one JVM, each in its own Spring context on its own port and schema, sharing
 * one in-process broker: the embedded topology.
 */
public final class EmbeddedTopology implements AutoCloseable {

    /** The services in start order: the issuer and the event store first, the gateway last. */
    public static final List<ServiceDefinition> SERVICES = List.of(IdentityApplication.SERVICE, StateApplication.SERVICE, HubApplication.SERVICE,
            ConstraintsApplication.SERVICE, ConflictsApplication.SERVICE, TravelApplication.SERVICE,
            IntelligenceApplication.SERVICE, SchedulerApplication.SERVICE, GatewayApplication.SERVICE);

    private final Map<String, ConfigurableApplicationContext> contexts;
    private final TopologySettings settings;

    private EmbeddedTopology(Map<String, ConfigurableApplicationContext> contexts, TopologySettings settings) {
        this.contexts = contexts;
        this.settings = settings;
    }

    /**
     * Starts every service, each reading its own settings files; {@code extra} properties (faults, timeouts) apply to
     * all of them, above their files.
     */
    public static EmbeddedTopology start(TopologySettings settings, Map<String, Object> extra, String... args) {
        InProcessBroker broker = new InProcessBroker();
        Map<String, String> clientSecrets = clientSecrets();
        Map<String, ConfigurableApplicationContext> started = new LinkedHashMap<>();
        try {
            for (ServiceDefinition service : SERVICES) {
                Map<String, Object> properties = new HashMap<>(service.properties(settings.basePort(), settings.databaseUrl(),
                        settings.user(), settings.password()));
                // Every service knows where the others answer (the gateway routes by it; a service may call another's public API).
                for (ServiceDefinition target : SERVICES) {
                    if (target != GatewayApplication.SERVICE) {
                        properties.put("flextime.routes." + target.name(), "http://127.0.0.1:" + (settings.basePort() + target.portOffset()));
                    }
                }
                // Each service calls others with its own client-credentials token; the issuer knows every client's secret.
                if (clientSecrets.containsKey(service.name())) {
                    properties.put("flextime.security.client.id", service.name());
                    properties.put("flextime.security.client.secret", clientSecrets.get(service.name()));
                }
                if (service == IdentityApplication.SERVICE) {
                    clientSecrets.forEach((name, secret) -> properties.put("flextime.identity.service-clients." + name, secret));
                    properties.put("flextime.identity.data-dir", settings.dataDir());
                }
                // One logging system serves every context: a line no service claimed is the JVM's, not the last context's.
                properties.put("logging.pattern.level", "%5p [%X{serviceName:-flextime},%X{correlationId:-},%X{traceId:-}]");
                properties.put("logging.structured.ecs.service.name", "flextime");
                properties.put("logging.include-application-name", false);
                properties.putAll(extra);
                ConfigurableApplicationContext context = service.application(properties)
                        .initializers(ctx -> ctx.getBeanFactory().registerSingleton(PlatformConfiguration.SHARED_BROKER, broker))
                        .run(args);
                started.put(service.name(), context);
            }
        } catch (RuntimeException e) {
            List<ConfigurableApplicationContext> reverse = new ArrayList<>(started.values());
            java.util.Collections.reverse(reverse);
            reverse.forEach(ConfigurableApplicationContext::close);
            throw e;
        }
        // Only now may outboxes drain: every consumer group is registered.
        broker.open();
        return new EmbeddedTopology(started, settings);
    }

    /** A fresh random secret per service that calls others, for this run only: nothing to store or leak. */
    private static Map<String, String> clientSecrets() {
        SecureRandom random = new SecureRandom();
        Map<String, String> secrets = new HashMap<>();
        for (ServiceDefinition service : SERVICES) {
            if (service != GatewayApplication.SERVICE && service != IdentityApplication.SERVICE) {
                byte[] secret = new byte[32];
                random.nextBytes(secret);
                secrets.put(service.name(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
            }
        }
        return secrets;
    }

    /** Where this topology's database, ports and files are. */
    public TopologySettings settings() {
        return settings;
    }

    /** The first admin's token, as the identity service wrote it into the data folder. */
    public String adminToken() {
        try {
            return Files.readString(Path.of(settings.dataDir(), "admin.token")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("the identity service wrote no admin token into " + settings.dataDir(), e);
        }
    }

    /** The context of one service (for tests and diagnostics). */
    public ConfigurableApplicationContext context(String service) {
        ConfigurableApplicationContext context = contexts.get(service);
        if (context == null) {
            throw new IllegalArgumentException("no service " + service);
        }
        return context;
    }

    /** The gateway's base URL. */
    public String url() {
        return "http://127.0.0.1:" + settings.basePort();
    }

    /** The base URL of one service. */
    public String url(String service) {
        return SERVICES.stream().filter(s -> s.name().equals(service)).findFirst()
                .map(s -> "http://127.0.0.1:" + (settings.basePort() + s.portOffset()))
                .orElseThrow(() -> new IllegalArgumentException("no service " + service));
    }

    @Override
    public void close() {
        List<ConfigurableApplicationContext> reverse = new ArrayList<>(contexts.values());
        java.util.Collections.reverse(reverse);
        reverse.forEach(ConfigurableApplicationContext::close);
    }
}
