package org.flextime.scheduler.problems;

import java.util.Map;

/**
 * How a RobinX instance is solved, the options {@code ./flextime solve} takes: the seed, a cap on evaluated moves
 * (with a seed, a reproducible run: the same schedule and objective as the command line) and the TTP solver's threads.
 */
public record InstanceRun(long seed, long moves, int threads) {

    /** The command line's defaults: seed 1, no move cap, one thread. */
    public static final InstanceRun DEFAULTS = new InstanceRun(1, 0, 1);

    /** The run a job's (already checked) options ask for. */
    public static InstanceRun of(Map<String, Object> options) {
        if (options == null) {
            return DEFAULTS;
        }
        return new InstanceRun(number(options, "seed", DEFAULTS.seed), number(options, "moves", DEFAULTS.moves),
                (int) number(options, "threads", DEFAULTS.threads));
    }

    private static long number(Map<String, Object> options, String key, long fallback) {
        return options.get(key) instanceof Number n ? n.longValue() : fallback;
    }
}
