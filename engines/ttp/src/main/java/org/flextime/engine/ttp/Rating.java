package org.flextime.engine.ttp;

/**
 * How a beam rates a partial schedule: paidWeight x the distance travelled so far + every team's trip bound for what
 * it still has to visit + a random amount up to noise.
 *
 * <p>The trip bounds are optimistic, and more so the more a team has left to play: with the distance so far at full
 * weight, partial schedules that postpone their costs look best early on and the beam loses the ones that pay early
 * for a cheaper season. A weight a little under 1 rates paid distance below predicted distance and keeps those.
 *
 * @param paidWeight weight of the distance travelled so far, in (0, 1]
 * @param noise largest random amount added to a rating, in distance units (breaks the many ties of circular instances)
 */
record Rating(double paidWeight, double noise) {

    Rating {
        if (!(paidWeight > 0 && paidWeight <= 1) || !(noise >= 0)) {
            throw new IllegalArgumentException("rating needs a paid weight in (0, 1] and noise >= 0, got "
                    + paidWeight + " and " + noise);
        }
    }

    /** Distance so far at full weight, no noise: the plain bound-guided rating. */
    static Rating exact() {
        return new Rating(1, 0);
    }
}
