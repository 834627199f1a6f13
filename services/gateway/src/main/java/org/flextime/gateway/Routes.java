package org.flextime.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each service answers, and which public paths it owns: {@code flextime.routes.<service>=<base URI>}.
 */
@ConfigurationProperties("flextime")
public class Routes {

    /** Public path patterns per service; the gateway routes them in this order. */
    static final Map<String, List<String>> PATHS = paths();

    private Map<String, String> routes = new LinkedHashMap<>();

    /** The base URI of every service. */
    public Map<String, String> getRoutes() {
        return routes;
    }

    /** Sets the base URI of every service. */
    public void setRoutes(Map<String, String> routes) {
        this.routes = routes;
    }

    private static Map<String, List<String>> paths() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        // before the scheduler's /schedules/**: a schedule's conflicts are the conflicts service's
        p.put("conflicts", List.of("/api/v1/conflicts/**", "/api/v1/schedules/*/conflicts", "/api/v1/schedules/*/conflicts/**"));
        // likewise a schedule's travel report and optimization are the travel service's
        p.put("travel", List.of("/api/v1/travel/**", "/api/v1/schedules/*/travel", "/api/v1/schedules/*/travel/**"));
        p.put("scheduler", List.of("/api/v1/schedules", "/api/v1/schedules/**", "/api/v1/jobs", "/api/v1/jobs/**", "/api/v1/seasons", "/api/v1/seasons/**"));
        p.put("constraints", List.of("/api/v1/validations/**", "/api/v1/constraint-sets/**", "/api/v1/constraints/**", "/api/v1/robinx/**"));
        p.put("intelligence", List.of("/api/v1/quality/**"));
        p.put("state", List.of("/api/v1/streams/**", "/api/v1/events", "/api/v1/audit"));
        p.put("communication-hub", List.of("/api/v1/event-types", "/api/v1/event-types/**"));
        p.put("identity", List.of("/api/v1/users", "/api/v1/users/**", "/api/v1/signing-keys"));
        return java.util.Collections.unmodifiableMap(p);
    }
}
