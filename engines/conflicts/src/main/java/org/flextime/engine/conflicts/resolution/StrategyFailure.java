package org.flextime.engine.conflicts.resolution;

/** A strategy that threw or ran past its time budget: isolated, its candidates ignored, the reason reported. */
public record StrategyFailure(String strategy, Kind kind, String reason) {

    /** How the strategy failed. */
    public enum Kind {
        /** It threw. */
        THREW,
        /** It did not answer within the time budget. */
        TIMED_OUT
    }
}
