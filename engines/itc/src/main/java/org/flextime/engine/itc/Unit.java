package org.flextime.engine.itc;

/**
 * One part of a constraint. A counting unit keeps counters in the state ({@code ctr} from {@code base}) that
 * {@link ItcState} moves cell by cell (contribution tables, window shifts, break flips), so its value is read
 * in O(1); any other unit re-computes its value from the schedule.
 */
abstract class Unit {
    final int constraint;
    int base;

    Unit(int constraint) {
        this.constraint = constraint;
    }

    /** Number of counters this unit keeps (0: it re-computes). */
    int counters() {
        return 0;
    }

    /** Sets the counters from the schedule. */
    void init(ItcState s, int[] ctr) {
    }

    abstract int value(ItcState s, int[] ctr);
}
