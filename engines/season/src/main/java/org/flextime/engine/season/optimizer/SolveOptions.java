package org.flextime.engine.season.optimizer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.flextime.domain.Game;
import org.flextime.rules.ConstraintSet;

/**
 * What a request may tune: soft weights by rule id of the constraint set (or by the names the optimizer used
 * before it scored with the rule catalog, {@link #ALIASES}; {@code travel} is the optimizer's own objective, per
 * mile), the time budget, the rest days a team should have between meetings, optionally the schedule of the
 * school's other team in a paired sport (men's for women's basketball, football for volleyball) for the rule
 * against two home games of one school on one day, and the constraint set to optimize against (none: the sport's
 * {@link org.flextime.rules.DefaultRules default set}). Whether a name is one of the set's soft rules is checked
 * when the set is known ({@link RuleBook}).
 */
public record SolveOptions(Map<String, Long> weights, Duration budget, Duration unimprovedLimit, int minRestDays,
                           List<Game> companion, ConstraintSet constraintSet, TravelUnit travelUnit) {
    /**
     * What the {@link #TRAVEL} term counts: the dollars the travel service reports (each leg by the cheapest mode of
     * the season's cost table for the sport's travel party, {@link org.flextime.domain.RoadTrips#dollars}), or miles.
     */
    public enum TravelUnit {
        /** Dollars, the default: what athletic directors budget. */
        DOLLARS,
        /** Great-circle miles. */
        MILES
    }

    /** Default budget: well inside the 30 s a sport may take. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);
    /** The most rest days a request may ask for between two games of a team: two weeks already empties most calendars. */
    public static final int MAX_REST_DAYS = 14;
    /** The largest soft weight: far above any rule's useful weight, far below where penalty sums could overflow. */
    public static final long MAX_WEIGHT = 1_000_000;
    /**
     * The optimizer's own soft objective: travel dollars (or miles, {@link TravelUnit}), 1 per mile's worth of dollars at
     * the sport's average price of a mile unless a request weighs it ({@link RuleBook#travel}).
     */
    public static final String TRAVEL = "travel";
    /**
     * The optimizer's second own soft objective: each team's |home games - away games|, the imbalance the reported
     * quality ({@link org.flextime.domain.QualityModel}) deducts for. Unless a request weighs it, it costs what the
     * quality model makes it cost against travel: {@link #IMBALANCE_MILES} miles' worth per unit.
     */
    public static final String IMBALANCE = "home-away-imbalance";
    /**
     * Miles one unit of a team's |home - away| is worth in the quality score: it deducts 20 × the mean over T teams of
     * |home - away| / games played, travel 1 point per 150 miles per game of the season, and with p games per team a
     * season has T·p/2 games, so one unit is 20/(T·p) points, as many as 20/(T·p) × 150 × T·p/2 = 1500 miles.
     */
    public static final long IMBALANCE_MILES = 1500;
    /** The weight names requests used before the optimizer scored with the rule catalog, and the rule each means. */
    public static final Map<String, String> ALIASES = aliases();

    private static Map<String, String> aliases() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("weekendHome", "weekend-home-games");
        a.put("homeStreak", "home-streak-preferred");
        a.put("roadStreak", "road-streak-preferred");
        a.put("rematchSpacing", "rematch-separation-preferred");
        a.put("restDays", "rest-days-preferred");
        a.put("sharedHomeDay", "shared-home-day");
        a.put("homeAwayBalance", "home-away-balance");
        return java.util.Collections.unmodifiableMap(a);
    }

    /** Copies the collections and checks the weight values; no travel unit means dollars. */
    public SolveOptions {
        weights = Map.copyOf(weights);
        travelUnit = travelUnit == null ? TravelUnit.DOLLARS : travelUnit;
        Objects.requireNonNull(budget, "budget is required");
        unimprovedLimit = unimprovedLimit == null ? budget : unimprovedLimit;
        companion = companion == null ? List.of() : List.copyOf(companion);
        for (Map.Entry<String, Long> w : weights.entrySet()) {
            if (w.getKey() == null || w.getKey().isBlank()) {
                throw new IllegalArgumentException("a weight needs a rule id");
            }
            if (w.getValue() < 0) {
                throw new IllegalArgumentException("weight of " + w.getKey() + " must not be negative");
            }
            if (w.getValue() > MAX_WEIGHT) {
                throw new IllegalArgumentException("weight of " + w.getKey() + " must be at most " + MAX_WEIGHT);
            }
        }
        if (minRestDays < 0 || minRestDays > MAX_REST_DAYS) {
            throw new IllegalArgumentException("minRestDays must be from 0 to " + MAX_REST_DAYS + ", got " + minRestDays);
        }
    }

    /** Options without a constraint set of their own (the sport's default set), travel in dollars. */
    public SolveOptions(Map<String, Long> weights, Duration budget, Duration unimprovedLimit, int minRestDays, List<Game> companion) {
        this(weights, budget, unimprovedLimit, minRestDays, companion, null, null);
    }

    /** Default weights, the default budget, one rest day, no companion schedule, the default set, travel in dollars. */
    public static SolveOptions defaults() {
        return new SolveOptions(Map.of(), DEFAULT_BUDGET, null, 1, List.of(), null, null);
    }

    /** The rule id a weight name means: an alias's rule, else the name itself. */
    public static String ruleId(String name) {
        return ALIASES.getOrDefault(name, name);
    }

    /**
     * Reads a request's options map, e.g. {@code {"weights": {"travel": 1, "weekend-home-games": 5}, "seconds": 10,
     * "unimprovedSeconds": 3, "minRestDays": 1, "travelUnit": "miles"}}; missing keys keep their defaults.
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
        long rest = options.containsKey("minRestDays") ? number("minRestDays", options.get("minRestDays")).longValue() : 1;
        if (rest < 0 || rest > MAX_REST_DAYS) {
            throw new IllegalArgumentException("minRestDays must be from 0 to " + MAX_REST_DAYS + ", got " + rest);
        }
        Object unit = options.get("travelUnit");
        return new SolveOptions(weights, budget, unimproved, (int) rest, List.of(), null, unit == null ? null : travelUnit(unit));
    }

    /** The travel unit a request names: "dollars" or "miles". */
    public static TravelUnit travelUnit(Object name) {
        for (TravelUnit u : TravelUnit.values()) {
            if (u.name().equalsIgnoreCase(String.valueOf(name))) {
                return u;
            }
        }
        throw new IllegalArgumentException("travelUnit must be \"dollars\" or \"miles\", got " + name);
    }

    /** The same options with another budget. */
    public SolveOptions withBudget(Duration newBudget, Duration newUnimproved) {
        return new SolveOptions(weights, newBudget, newUnimproved, minRestDays, companion, constraintSet, travelUnit);
    }

    /** The same options with the paired sport's games as companion schedule. */
    public SolveOptions withCompanion(List<Game> games) {
        return new SolveOptions(weights, budget, unimprovedLimit, minRestDays, games, constraintSet, travelUnit);
    }

    /** The same options optimizing against this constraint set (null: the sport's default set). */
    public SolveOptions withConstraintSet(ConstraintSet set) {
        return new SolveOptions(weights, budget, unimprovedLimit, minRestDays, companion, set, travelUnit);
    }

    /** The same options counting travel in this unit. */
    public SolveOptions withTravelUnit(TravelUnit unit) {
        return new SolveOptions(weights, budget, unimprovedLimit, minRestDays, companion, constraintSet, unit);
    }

    /** The same options with one more weight set (a rule id, an alias or {@code travel}). */
    public SolveOptions withWeight(String constraint, long weight) {
        Map<String, Long> copy = new LinkedHashMap<>(weights);
        copy.put(constraint, weight);
        return new SolveOptions(copy, budget, unimprovedLimit, minRestDays, companion, constraintSet, travelUnit);
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
