package org.flextime.engine.season.optimizer;

/** One constraint's part of a score: breaches (matches), penalty before and after weighting. */
public record RuleTotal(String rule, boolean hard, int matches, long weightedPenalty) {
}
