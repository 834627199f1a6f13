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

    /** The sport's constraint set has no such version: the request named one that does not exist. */
    class NoSuchVersion extends IllegalArgumentException {
        /** No such version, with the reason. */
        public NoSuchVersion(String reason) {
            super(reason);
        }
    }

    /**
     * Version {@code version} of the sport's set (0: the default set, as the constraints service numbers it); throws
     * {@link NoSuchVersion} when the set has no such version and {@link Unavailable} when the service cannot be asked.
     */
    default Choice version(Season season, Sport sport, int version) {
        if (version == 0) {
            return Choice.defaults("version 0 asked for");
        }
        throw new NoSuchVersion("sport " + sport.code() + " of " + season.id() + " has no constraint set, only the defaults (version 0)");
    }

    /** {@link #version} when a version is named, else {@link #active}. */
    default Choice pick(Season season, Sport sport, Integer version) {
        return version == null ? active(season, sport) : version(season, sport, version);
    }

    /** Always the default set. */
    ConstraintSetSource DEFAULTS = (season, sport) -> Choice.defaults("no constraints service configured");
}
