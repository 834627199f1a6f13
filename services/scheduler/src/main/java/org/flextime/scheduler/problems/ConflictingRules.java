package org.flextime.scheduler.problems;

import java.util.Set;

/**
 * A constraint set whose HARD rules provably cannot all hold (a season sport's or an imported instance's): the job
 * fails with the conflicting rules named, and nothing is stored.
 */
public final class ConflictingRules extends RuntimeException {

    /** The conflict in words, and the HARD rules the proof did not take into account (empty when it took all). */
    public ConflictingRules(String explanation, Set<String> unchecked) {
        super("the constraint set cannot be met: " + explanation
                + (unchecked.isEmpty() ? "" : " (not checked by the CP-SAT path: " + String.join(", ", unchecked) + ")"));
    }
}
