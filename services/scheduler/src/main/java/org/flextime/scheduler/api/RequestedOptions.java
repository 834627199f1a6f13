package org.flextime.scheduler.api;

import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import org.flextime.engine.season.optimizer.SolveOptions;
import org.flextime.platform.web.InvalidFieldException;

/**
 * The options a schedule request may carry, each type- and range-checked before a job exists: an unknown key or a
 * value out of range is a 422 naming {@code options.<key>}, so nothing the solver cannot use is stored, copied into
 * events or handed to the engine.
 */
final class RequestedOptions {

    /** The keys a request may set (README: Options). */
    static final Set<String> KEYS = Set.of("budgetSeconds", "seed", "weights", "unimprovedSeconds", "minRestDays", "optimize",
            "travelUnit");
    static final int DEFAULT_BUDGET_SECONDS = 20;
    static final int MAX_SECONDS = 600;

    private RequestedOptions() {
    }

    /** Checks every option; answers the job's budget in seconds. */
    static int check(Map<String, Object> options) {
        if (options == null) {
            return DEFAULT_BUDGET_SECONDS;
        }
        for (String key : options.keySet()) {
            if (!KEYS.contains(key)) {
                throw invalid(key, "unknown option '" + key + "'; accepted: " + String.join(", ", new java.util.TreeSet<>(KEYS)));
            }
        }
        Object seed = options.get("seed");
        if (seed != null && wholeNumber(seed, Long.MIN_VALUE, Long.MAX_VALUE) == null) {
            throw invalid("seed", "options.seed must be a whole number (64-bit)");
        }
        Object unit = options.get("travelUnit");
        if (unit != null && !("dollars".equals(unit) || "miles".equals(unit))) {
            throw invalid("travelUnit", "options.travelUnit must be \"dollars\" or \"miles\"");
        }
        Object optimize = options.get("optimize");
        if (optimize != null && !(optimize instanceof Boolean)) {
            throw invalid("optimize", "options.optimize must be true or false");
        }
        Object rest = options.get("minRestDays");
        if (rest != null && wholeNumber(rest, 0, SolveOptions.MAX_REST_DAYS) == null) {
            throw invalid("minRestDays", "options.minRestDays must be a whole number of days from 0 to " + SolveOptions.MAX_REST_DAYS);
        }
        Object unimproved = options.get("unimprovedSeconds");
        if (unimproved != null && !(unimproved instanceof Number n && n.doubleValue() > 0 && n.doubleValue() <= MAX_SECONDS)) {
            throw invalid("unimprovedSeconds", "options.unimprovedSeconds must be a number of seconds above 0 and at most " + MAX_SECONDS);
        }
        Object weights = options.get("weights");
        if (weights != null) {
            if (!(weights instanceof Map<?, ?> byName)) {
                throw invalid("weights", "options.weights must be an object of rule id to weight");
            }
            for (Map.Entry<?, ?> w : byName.entrySet()) {
                if (wholeNumber(w.getValue(), 0, SolveOptions.MAX_WEIGHT) == null) {
                    throw invalid("weights." + w.getKey(), "options.weights." + w.getKey() + " must be a whole number from 0 to "
                            + SolveOptions.MAX_WEIGHT);
                }
            }
        }
        Object budget = options.get("budgetSeconds");
        if (budget == null) {
            return DEFAULT_BUDGET_SECONDS;
        }
        Long seconds = wholeNumber(budget, 1, MAX_SECONDS);
        if (seconds == null) {
            throw invalid("budgetSeconds", "options.budgetSeconds must be a whole number of seconds from 1 to " + MAX_SECONDS);
        }
        return seconds.intValue();
    }

    /** The value as a long when it is a whole number within [min, max], else null. */
    static Long wholeNumber(Object value, long min, long max) {
        BigInteger whole;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            whole = BigInteger.valueOf(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            whole = big;
        } else {
            return null;
        }
        if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            return null;
        }
        return whole.longValue();
    }

    /** A 422 naming {@code options.<key>}. */
    static InvalidFieldException invalid(String key, String message) {
        return new InvalidFieldException("options." + key, message, 422);
    }
}
