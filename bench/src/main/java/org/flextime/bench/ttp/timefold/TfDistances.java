package org.flextime.bench.ttp.timefold;

import org.flextime.engine.ttp.TtpTravel;

/** The instance's travel plus the season length, shared by every match of a Timefold TTP model. */
public final class TfDistances {

    private final TtpTravel travel;
    private final int rounds;

    /** Wraps the instance's travel model (immutable, so it is shared, not copied). */
    public TfDistances(TtpTravel travel, int rounds) {
        this.travel = travel;
        this.rounds = rounds;
    }

    /** Distance of the leg between the venues of teams a and b: the TTP engine's own leg. */
    public int between(int a, int b) {
        return travel.leg(a, b);
    }

    /** Number of rounds (2n-2). */
    public int rounds() {
        return rounds;
    }
}
