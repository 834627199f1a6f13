package org.flextime.engine.conflicts.resolution;

import org.flextime.engine.conflicts.Family;

/**
 * How well a strategy's proposals have worked for a family of conflicts, from 0 (never applied, or every one brought a
 * conflict later) to 1 (every proposal offered was applied and brought none); the ranking favours the better record.
 */
@FunctionalInterface
public interface Effectiveness {

    /** No record yet: every strategy counts the same. */
    Effectiveness UNKNOWN = (strategy, family) -> 0;

    /** The strategy's record for the family, between 0 and 1. */
    double of(String strategy, Family family);
}
