package org.flextime.scheduler.jobs;

import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.rules.ConstraintSet;

/** Where the job queue gets the constraint set a sport is optimized against: the one its validation uses. */
public interface ConstraintSetSource {

    /**
     * The set to optimize with and where it came from: {@code set} null means the sport's default set
     * ({@link org.flextime.rules.DefaultRules}), with {@code setId} and {@code version} null too; {@code label} says
     * which set and version, or why the defaults.
     */
    record Choice(ConstraintSet set, String setId, Integer version, String label) {
        /** The default set, for the given reason. */
        public static Choice defaults(String why) {
            return new Choice(null, null, null, "default set (" + why + ")");
        }
    }

    /** The constraints service could not say which set is active: a job must not guess. */
    class Unavailable extends RuntimeException {
        /** Unavailable, with the reason. */
        public Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /**
     * The active set of the sport and season, or the defaults when none is active (or no constraints service is
     * configured); throws {@link Unavailable} when the service cannot be asked.
     */
    Choice active(Season season, Sport sport);

    /** Always the default set. */
    ConstraintSetSource DEFAULTS = (season, sport) -> Choice.defaults("no constraints service configured");
}
