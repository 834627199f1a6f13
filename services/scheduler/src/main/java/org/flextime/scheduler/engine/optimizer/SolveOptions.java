package org.flextime.scheduler.engine.optimizer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.flextime.domain.Game;

/**
 * What a request may tune: soft constraint weights (by constraint name, see {@link SeasonConstraints#SOFT}),
 * the time budget, the rest days a team should have between meetings, and optionally the schedule of the
 * school's other team in a paired sport (men's for women's basketball, football for volleyball), used by
 * the soft rule against two home games of one school on one day.
 */
public record SolveOptions(Map<String, Long> weights, Duration budget, Duration unimprovedLimit, int minRestDays,
                           List<Game> companion) {
    /** Default budget: well inside the 30 s a sport may take. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);

    /** Copies the collections and checks the weight names and values. */
    public SolveOptions {
        weights = Map.copyOf(weights);
        Objects.requireNonNull(budget, "budget is required");
        unimprovedLimit = unimprovedLimit == null ? budget : unimprovedLimit;
        companion = companion == null ? List.of() : List.copyOf(companion);
        for (Map.Entry<String, Long> w : weights.entrySet()) {
            if (!SeasonConstraints.SOFT.contains(w.getKey())) {
                throw new IllegalArgumentException("unknown soft constraint '" + w.getKey() + "', known: "
                        + SeasonConstraints.SOFT);
            }
            if (w.getValue() < 0) {
                throw new IllegalArgumentException("weight of " + w.getKey() + " must not be negative");
            }
        }
        if (minRestDays < 0) {
            throw new IllegalArgumentException("minRestDays must not be negative");
        }
    }

    /** Default weights, the default budget, one rest day, no companion schedule. */
    public static SolveOptions defaults() {
        return new SolveOptions(Map.of(), DEFAULT_BUDGET, null, 1, List.of());
    }

    /**
     * Reads a request's options map, e.g. {@code {"weights": {"travel": 1, "weekendHome": 5}, "seconds": 10,
     * "unimprovedSeconds": 3, "minRestDays": 1}}; missing keys keep their defaults.
     */
    public static SolveOptions fromMap(Map<String, ?> options) {
        Map<String, Long> weights = new LinkedHashMap<>();
        Object w = options.get("weights");
        if (w instanceof Map<?, ?> m) {
            m.forEach((k, v) -> weights.put(String.valueOf(k), number(k, v).longValue()));
        } else if (w != null) {
            throw new IllegalArgumentException("weights must be a map of constraint name to number");
        }
        Duration budget = options.containsKey("seconds")
                ? seconds(number("seconds", options.get("seconds")).doubleValue()) : DEFAULT_BUDGET;
        Duration unimproved = options.containsKey("unimprovedSeconds")
                ? seconds(number("unimprovedSeconds", options.get("unimprovedSeconds")).doubleValue()) : null;
        int rest = options.containsKey("minRestDays") ? number("minRestDays", options.get("minRestDays")).intValue() : 1;
        return new SolveOptions(weights, budget, unimproved, rest, List.of());
    }

    /** The same options with another budget. */
    public SolveOptions withBudget(Duration newBudget, Duration newUnimproved) {
        return new SolveOptions(weights, newBudget, newUnimproved, minRestDays, companion);
    }

    /** The same options with the paired sport's games as companion schedule. */
    public SolveOptions withCompanion(List<Game> games) {
        return new SolveOptions(weights, budget, unimprovedLimit, minRestDays, games);
    }

    /** The same options with one more weight set. */
    public SolveOptions withWeight(String constraint, long weight) {
        Map<String, Long> copy = new LinkedHashMap<>(weights);
        copy.put(constraint, weight);
        return new SolveOptions(copy, budget, unimprovedLimit, minRestDays, companion);
    }

    private static Number number(Object key, Object value) {
        if (value instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException("option " + key + " must be a number, got " + value);
    }

    private static Duration seconds(double s) {
        if (s <= 0) {
            throw new IllegalArgumentException("a time budget must be positive");
        }
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
