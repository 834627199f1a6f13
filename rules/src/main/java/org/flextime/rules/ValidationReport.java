package org.flextime.rules;

import java.util.List;

/** The result of validating a schedule: every violation, the number of HARD ones and the sum of SOFT penalties. */
public record ValidationReport(List<Violation> violations, int hardViolations, int softPenalty) {
    /** Copies the violation list. */
    public ValidationReport {
        violations = List.copyOf(violations);
    }

    /** A report whose totals are computed from the violations. */
    public static ValidationReport of(List<Violation> violations) {
        int hard = (int) violations.stream().filter(v -> v.severity() == Severity.HARD).count();
        int soft = violations.stream().filter(v -> v.severity() == Severity.SOFT).mapToInt(Violation::penalty).sum();
        return new ValidationReport(violations, hard, soft);
    }

    /** Whether the schedule breaks no HARD rule. */
    public boolean feasible() {
        return hardViolations == 0;
    }

    /** The violations of one rule, e.g. "blackout". */
    public List<Violation> ofRule(String rule) {
        return violations.stream().filter(v -> v.rule().equals(rule)).toList();
    }
}
