package org.flextime.platform.saga;

/** Where a saga participant keeps its step results, and the tombstones compensation leaves. */
public interface StepResults {

    /** Whether this saga's result was already cleared by compensation. */
    boolean cleared(String sagaId);

    /** Forgets the saga's result and leaves a tombstone, so a late command for it is not redone. */
    void clear(String sagaId, String scheduleId, String reason);
}
