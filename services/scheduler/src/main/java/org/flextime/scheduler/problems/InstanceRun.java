package org.flextime.scheduler.problems;

import java.util.Map;

/**
 * How a RobinX instance is solved, the options {@code ./flextime solve} takes: the seed, the ITC2021 engine
 * ({@value #CPSAT}, the default, or {@value #ANNEAL}), a cap on its work ({@code iterations}: CP-SAT's re-solved
 * neighbourhoods; {@code moves}: the annealers' evaluated moves; with a seed, either makes a run reproducible, the same
 * schedule and objective as the command line) and the solver's threads.
 */
public record InstanceRun(long seed, long moves, int threads, String engine, long iterations) {

    /** The CP-SAT engine ({@code engines/cpsat}): feasibility first, then large neighbourhood search. */
    public static final String CPSAT = "cpsat";
    /** The ITC2021 annealer ({@code engines/itc}). */
    public static final String ANNEAL = "anneal";
    /** CP-SAT's workers unless told otherwise, as on the command line. */
    public static final int CPSAT_THREADS = 2;

    /** A run of the annealers (TTP, or ITC2021 with {@code --engine anneal}). */
    public static InstanceRun annealing(long seed, long moves, int threads) {
        return new InstanceRun(seed, moves, threads, ANNEAL, 0);
    }

    /** A run of the CP-SAT engine. */
    public static InstanceRun cpsat(long seed, long iterations, int threads) {
        return new InstanceRun(seed, 0, threads, CPSAT, iterations);
    }

    /**
     * The run a job's (already checked) options ask for, with the defaults seed 1, no cap and, for ITC2021, the
     * CP-SAT engine with {@value #CPSAT_THREADS} workers (its iteration cap reproduces a run on any number); the TTP
     * solver and the annealer get one thread, the only number on which a move cap reproduces a run.
     */
    public static InstanceRun of(Map<String, Object> options, boolean minimizesTravel) {
        Map<String, Object> given = options == null ? Map.of() : options;
        String engine = minimizesTravel ? ANNEAL : given.get("engine") instanceof String e ? e : CPSAT;
        int threads = (int) number(given, "threads", engine.equals(CPSAT) ? CPSAT_THREADS : 1);
        return new InstanceRun(number(given, "seed", 1), number(given, "moves", 0), threads, engine,
                number(given, "iterations", 0));
    }

    /** Whether an ITC2021 instance goes to the CP-SAT engine. */
    public boolean usesCpSat() {
        return engine.equals(CPSAT);
    }

    private static long number(Map<String, Object> options, String key, long fallback) {
        return options.get(key) instanceof Number n ? n.longValue() : fallback;
    }
}
