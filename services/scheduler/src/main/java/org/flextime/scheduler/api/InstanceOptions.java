package org.flextime.scheduler.api;

import java.util.Map;
import org.flextime.scheduler.problems.InstanceRun;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of a request for an imported RobinX instance, the ones {@code ./flextime solve} takes: {@code seed},
 * {@code engine} (ITC2021: {@code cpsat}, the default, or {@code anneal}), {@code iterations} (the CP-SAT engine stops
 * after this many re-solved neighbourhoods) or {@code moves} (the annealers stop after this many evaluated moves),
 * either of which makes a seeded run reproducible, {@code threads} and {@code budgetSeconds}. Each is checked before a
 * job exists; anything else is a 422 naming {@code options.<key>}.
 */
final class InstanceOptions {

    /** The keys an instance request may set. */
    static final Set<String> KEYS = Set.of("budgetSeconds", "seed", "moves", "threads", "engine", "iterations");
    static final int MAX_THREADS = 8;

    private InstanceOptions() {
    }

    /**
     * Checks the options that go together only for one kind of instance, once the instance is known: a TTP instance
     * always goes to the TTP solver, so {@code engine} and {@code iterations} are for ITC2021 instances alone, and
     * there {@code iterations} caps the CP-SAT engine and {@code moves} the annealer.
     */
    static void checkFor(Map<String, Object> options, boolean minimizesTravel) {
        if (options == null) {
            return;
        }
        if (minimizesTravel) {
            for (String key : new TreeSet<>(Set.of("engine", "iterations"))) {
                if (options.containsKey(key)) {
                    throw RequestedOptions.invalid(key, "options." + key + " is for ITC2021 instances; a travel (TTP)"
                            + " instance goes to the TTP solver, which takes seed, moves, threads and budgetSeconds");
                }
            }
            return;
        }
        boolean cpsat = !InstanceRun.ANNEAL.equals(options.get("engine"));
        if (cpsat && options.containsKey("moves")) {
            throw RequestedOptions.invalid("moves", "options.moves caps the annealer (engine \"anneal\"); the CP-SAT engine"
                    + " takes options.iterations");
        }
        if (!cpsat && options.containsKey("iterations")) {
            throw RequestedOptions.invalid("iterations", "options.iterations caps the CP-SAT engine; the annealer takes"
                    + " options.moves");
        }
    }

    /** Checks every option on its own; answers the job's budget in seconds. */
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
        Object engine = options.get("engine");
        if (engine != null && !InstanceRun.CPSAT.equals(engine) && !InstanceRun.ANNEAL.equals(engine)) {
            throw RequestedOptions.invalid("engine", "options.engine must be \"" + InstanceRun.CPSAT + "\" or \""
                    + InstanceRun.ANNEAL + "\"");
        }
        Object iterations = options.get("iterations");
        if (iterations != null && RequestedOptions.wholeNumber(iterations, 1, Long.MAX_VALUE) == null) {
            throw RequestedOptions.invalid("iterations", "options.iterations must be a whole number of at least 1");
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
