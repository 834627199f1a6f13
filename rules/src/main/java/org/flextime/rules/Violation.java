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

    /** Field by field, the same object first (the optimizer compares remembered violations often). */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Violation v && penalty == v.penalty && rule.equals(v.rule) && severity == v.severity
                && Objects.equals(explanation, v.explanation) && gameIds.equals(v.gameIds) && teams.equals(v.teams);
    }

    /** From every field, as a record's (a string caches its hash, so a remembered violation hashes cheaply again). */
    @Override
    public int hashCode() {
        return Objects.hash(rule, severity, penalty, explanation, gameIds, teams);
    }
}
