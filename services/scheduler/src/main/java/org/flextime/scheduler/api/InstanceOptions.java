package org.flextime.scheduler.api;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of a request for an imported RobinX instance, the ones {@code ./flextime solve} takes: {@code seed},
 * {@code moves} (stop after this many evaluated moves: with a seed, a reproducible run), {@code threads} (the TTP
 * solver's) and {@code budgetSeconds}. Each is checked before a job exists; anything else is a 422 naming
 * {@code options.<key>}.
 */
final class InstanceOptions {

    /** The keys an instance request may set. */
    static final Set<String> KEYS = Set.of("budgetSeconds", "seed", "moves", "threads");
    static final int MAX_THREADS = 8;

    private InstanceOptions() {
    }

    /** Checks every option; answers the job's budget in seconds. */
    static int check(Map<String, Object> options) {
        if (options == null) {
            return RequestedOptions.DEFAULT_BUDGET_SECONDS;
        }
        for (String key : options.keySet()) {
            if (!KEYS.contains(key)) {
                throw RequestedOptions.invalid(key, "unknown option '" + key + "' for a RobinX instance; accepted: "
                        + String.join(", ", new TreeSet<>(KEYS)));
            }
        }
        Object seed = options.get("seed");
        if (seed != null && RequestedOptions.wholeNumber(seed, Long.MIN_VALUE, Long.MAX_VALUE) == null) {
            throw RequestedOptions.invalid("seed", "options.seed must be a whole number (64-bit)");
        }
        Object moves = options.get("moves");
        if (moves != null && RequestedOptions.wholeNumber(moves, 1, Long.MAX_VALUE) == null) {
            throw RequestedOptions.invalid("moves", "options.moves must be a whole number of at least 1");
        }
        Object threads = options.get("threads");
        if (threads != null && RequestedOptions.wholeNumber(threads, 1, MAX_THREADS) == null) {
            throw RequestedOptions.invalid("threads", "options.threads must be a whole number from 1 to " + MAX_THREADS);
        }
        Object budget = options.get("budgetSeconds");
        if (budget == null) {
            return RequestedOptions.DEFAULT_BUDGET_SECONDS;
        }
        Long seconds = RequestedOptions.wholeNumber(budget, 1, RequestedOptions.MAX_SECONDS);
        if (seconds == null) {
            throw RequestedOptions.invalid("budgetSeconds", "options.budgetSeconds must be a whole number of seconds from 1 to "
                    + RequestedOptions.MAX_SECONDS);
        }
        return seconds.intValue();
    }
}
