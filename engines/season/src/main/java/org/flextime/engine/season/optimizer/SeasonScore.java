package org.flextime.engine.season.optimizer;

import java.util.List;
import java.util.Map;

/**
 * A schedule's score as the Timefold constraints see it: hard and soft penalty (positive numbers), the
 * per-constraint totals from Timefold's score analysis, travel miles and dollars (the one road-trip model, the sport's
 * travel party by the season's cost table), a readable summary, and the quality
 * the product reports for it ({@link org.flextime.domain.QualityModel}, 0 to 100, no conflicts counted).
 */
public record SeasonScore(long hardPenalty, long softPenalty, Map<String, RuleTotal> rules, long travelMiles,
                          long travelDollars, String explanation, double quality) {
    /** Copies the map. */
    public SeasonScore {
        rules = Map.copyOf(rules);
    }

    /** Whether no hard constraint is broken. */
    public boolean feasible() {
        return hardPenalty == 0;
    }

    /** Number of hard breaches (matches of hard constraints), the unit the validator counts in. */
    public int hardBreaches() {
        return rules.values().stream().filter(RuleTotal::hard).mapToInt(RuleTotal::matches).sum();
    }

    /** Breaches of the named constraints. */
    public int breaches(List<String> names) {
        return names.stream().mapToInt(n -> rules.containsKey(n) ? rules.get(n).matches() : 0).sum();
    }
}
