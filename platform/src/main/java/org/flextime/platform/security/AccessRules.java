package org.flextime.platform.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.flextime.platform.security.Role.ADMIN;
import static org.flextime.platform.security.Role.SCHEDULER;
import static org.flextime.platform.security.Role.VIEWER;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;

/**
 * Who may call which {@code /api/v1} route: the one table the gateway and every service enforce. A route missing
 * here is refused to everyone (and the route-walking test fails), so a new route is closed until someone decides.
 */
public final class AccessRules {

    /** Every route of every service with the least role that may call it. */
    public static final List<AccessRule> ALL = List.of(
            // scheduler: requests, jobs, schedules, editing, exports
            rule(POST, "/api/v1/schedules", SCHEDULER),
            rule(GET, "/api/v1/schedules", VIEWER),
            rule(GET, "/api/v1/schedules/{id}", VIEWER),
            rule(GET, "/api/v1/schedules/{id}/games", VIEWER),
            rule(GET, "/api/v1/schedules/{id}/export", SCHEDULER),
            rule(PATCH, "/api/v1/schedules/{id}/games", SCHEDULER),
            rule(PATCH, "/api/v1/schedules/{id}/games/{gameId}", SCHEDULER),
            rule(POST, "/api/v1/schedules/{id}/undo", SCHEDULER),
            rule(POST, "/api/v1/schedules/{id}/status", SCHEDULER),
            rule(GET, "/api/v1/schedules/{id}/versions", VIEWER),
            rule(GET, "/api/v1/schedules/{id}/versions/{version}", VIEWER),
            rule(GET, "/api/v1/schedules/{id}/diff", VIEWER),
            rule(GET, "/api/v1/jobs", VIEWER),
            rule(GET, "/api/v1/jobs/{id}", VIEWER),
            rule(DELETE, "/api/v1/jobs/{id}", SCHEDULER),
            // scheduler: seasons are the conference's data, changed by admins
            rule(GET, "/api/v1/seasons", VIEWER),
            rule(GET, "/api/v1/seasons/schema", VIEWER),
            rule(GET, "/api/v1/seasons/{id}", VIEWER),
            rule(GET, "/api/v1/seasons/{id}/versions", VIEWER),
            rule(GET, "/api/v1/seasons/{id}/versions/{version}", VIEWER),
            rule(POST, "/api/v1/seasons", ADMIN),
            rule(POST, "/api/v1/seasons/{id}/copy", ADMIN),
            rule(POST, "/api/v1/seasons/{id}/schools", ADMIN),
            rule(PATCH, "/api/v1/seasons/{id}/schools/{code}", ADMIN),
            rule(DELETE, "/api/v1/seasons/{id}/schools/{code}", ADMIN),
            rule(PATCH, "/api/v1/seasons/{id}/sports/{code}", ADMIN),
            rule(POST, "/api/v1/seasons/{id}/blackouts", ADMIN),
            rule(DELETE, "/api/v1/seasons/{id}/blackouts/{index}", ADMIN),
            rule(POST, "/api/v1/seasons/{id}/schools.csv", ADMIN),
            rule(POST, "/api/v1/seasons/{id}/blackouts.csv", ADMIN),
            // constraints: constraint sets change how every later schedule is judged
            rule(GET, "/api/v1/constraint-sets", VIEWER),
            rule(GET, "/api/v1/constraint-sets/defaults/{season}/{sport}", VIEWER),
            rule(GET, "/api/v1/constraint-sets/{id}", VIEWER),
            rule(GET, "/api/v1/constraint-sets/{id}/versions", VIEWER),
            rule(GET, "/api/v1/constraint-sets/{id}/versions/{version}", VIEWER),
            rule(GET, "/api/v1/constraint-sets/{id}/diff", VIEWER),
            rule(POST, "/api/v1/constraint-sets", ADMIN),
            rule(POST, "/api/v1/constraint-sets/{id}/versions", ADMIN),
            rule(POST, "/api/v1/constraint-sets/{id}/versions/{version}/activate", ADMIN),
            rule(POST, "/api/v1/constraints/validate", SCHEDULER),
            rule(GET, "/api/v1/validations/{scheduleId}", VIEWER),
            rule(GET, "/api/v1/robinx/instances", VIEWER),
            rule(GET, "/api/v1/robinx/instances/{id}", VIEWER),
            rule(GET, "/api/v1/robinx/instances/{id}/solutions", VIEWER),
            rule(GET, "/api/v1/robinx/instances/{id}/solutions/{solutionId}", VIEWER),
            rule(POST, "/api/v1/robinx/instances", SCHEDULER),
            rule(POST, "/api/v1/robinx/instances/{id}/solutions", SCHEDULER),
            // conflicts, travel, quality: reports
            rule(GET, "/api/v1/schedules/{id}/conflicts", VIEWER),
            rule(GET, "/api/v1/schedules/{id}/conflicts/{conflictId}/proposals", VIEWER),
            rule(POST, "/api/v1/schedules/{id}/conflicts/{conflictId}/proposals/{proposalId}/apply", SCHEDULER),
            // the strategy registry changes how every conflict is resolved
            rule(GET, "/api/v1/conflicts/strategies", VIEWER),
            rule(GET, "/api/v1/conflicts/strategies/{name}", VIEWER),
            rule(PATCH, "/api/v1/conflicts/strategies/{name}", ADMIN),
            rule(POST, "/api/v1/conflicts/strategies/reload", ADMIN),
            rule(GET, "/api/v1/conflicts/stats", VIEWER),
            rule(GET, "/api/v1/conflicts/{scheduleId}", VIEWER),
            rule(GET, "/api/v1/travel/{scheduleId}", VIEWER),
            rule(GET, "/api/v1/schedules/{id}/travel", VIEWER),
            rule(POST, "/api/v1/schedules/{id}/travel/optimize", SCHEDULER),
            rule(GET, "/api/v1/quality/{scheduleId}", VIEWER),
            // state: the event store is the audit trail
            rule(GET, "/api/v1/streams/{id}/events", ADMIN),
            rule(GET, "/api/v1/events", ADMIN),
            rule(GET, "/api/v1/audit", ADMIN),
            // communication hub: the event catalog is public documentation of the contracts
            rule(GET, "/api/v1/event-types", VIEWER),
            rule(GET, "/api/v1/event-types/{type}/schema", VIEWER),
            // identity: users and their tokens
            rule(GET, "/api/v1/users", ADMIN),
            rule(POST, "/api/v1/users", ADMIN),
            rule(POST, "/api/v1/users/{name}/tokens", ADMIN),
            rule(POST, "/api/v1/signing-keys", ADMIN));

    private AccessRules() {
    }

    private static AccessRule rule(HttpMethod method, String pattern, Role role) {
        return new AccessRule(method, pattern, role);
    }

    /** The least role that may make this call, or empty when no rule covers it (then nobody may). */
    public static Optional<Role> required(String method, String path) {
        return rule(method, path).map(AccessRule::role);
    }

    /** The rule that governs this call, if any: the most specific one (literal segments before variables). */
    public static Optional<AccessRule> rule(String method, String path) {
        return ALL.stream().filter(r -> r.governs(method, path))
                .min(java.util.Comparator.comparingLong(r -> r.pattern().chars().filter(c -> c == '{').count()));
    }
}
