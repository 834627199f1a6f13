package org.flextime.conflicts.detection;

import java.util.List;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.engine.conflicts.RuleViolation;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.Severity;

/**
 * The hard violations of a schedule under its sport's active constraint set: the set the constraints service serves
 * (it owns the sets; detection does not guess the rules), evaluated here by the same rule catalog, so an edit's detection
 * needs no call to another service once the set is kept ({@link ConstraintSets}).
 */
public class HardViolations {

    /** The constraints service could not answer. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The set a version was judged by and its hard violations under it. */
    public record Judged(ConstraintSet set, List<RuleViolation> violations) {

        /** Copies the list so the record stays immutable. */
        public Judged {
            violations = List.copyOf(violations);
        }
    }

    private final ConstraintSets sets;

    /** Violations under the active sets of {@code sets}. */
    public HardViolations(ConstraintSets sets) {
        this.sets = sets;
    }

    /** Without a constraints service: the violations of the sport's default set. */
    public static HardViolations local() {
        return new HardViolations(new ConstraintSets(null, null));
    }

    /** The sport's active set and the hard violations of the games under it, judged by the season's data. */
    public Judged of(Season season, Sport sport, List<Game> games) {
        CompiledSet rules = sets.active(season, sport);
        return new Judged(rules.set(), rules.validate(games).violations().stream()
                .filter(v -> v.severity() == Severity.HARD)
                .map(v -> new RuleViolation(v.rule(), v.explanation(), v.gameIds(), v.teams())).toList());
    }
}
