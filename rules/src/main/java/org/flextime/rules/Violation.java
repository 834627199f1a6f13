package org.flextime.rules;

import java.util.List;
import java.util.Objects;

/** One broken rule: which rule, how bad, a human explanation, and the games and teams involved. */
public record Violation(String rule, Severity severity, int penalty, String explanation, List<String> gameIds,
                        List<String> teams) {
    /** Copies the lists so the record stays immutable. */
    public Violation {
        Objects.requireNonNull(rule, "rule is required");
        Objects.requireNonNull(severity, "severity is required");
        gameIds = List.copyOf(gameIds);
        teams = List.copyOf(teams);
    }
}
