package org.flextime.scheduler.editing;

import java.util.List;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.DefaultRules;
import org.flextime.rules.RuleCompiler;
import org.flextime.rules.Severity;
import org.flextime.rules.ValidationReport;
import org.flextime.scheduler.jobs.ConstraintSetSource;
import org.springframework.stereotype.Component;

/**
 * What the publish gate counts on a schedule version: the hard violations of the sport's active constraint set (the
 * set the constraints service validates with; its defaults when none is active) and the open critical conflicts.
 */
@Component
public class ScheduleChecks {

    /** The counts, with the first hard violations explained. */
    public record Findings(int hardViolations, int criticalConflicts, List<String> explanations) {
    }

    /** Open critical conflicts of a schedule version, as the conflicts service knows them. */
    @FunctionalInterface
    public interface CriticalConflicts {
        /** How many critical conflicts of the version are open. */
        int count(String scheduleId, int version);
    }

    private static final int EXPLAINED = 10;

    private final ConstraintSetSource sets;
    private final CriticalConflicts conflicts;

    /** Checks under the active sets from {@code sets}, counting critical conflicts with {@code conflicts}. */
    public ScheduleChecks(ConstraintSetSource sets, CriticalConflicts conflicts) {
        this.sets = sets;
        this.conflicts = conflicts;
    }

    /** The findings on one version's games. */
    public Findings check(Season season, Sport sport, String scheduleId, int version, List<Game> games) {
        ConstraintSet set = sets.active(season, sport).set();
        ConstraintSet active = set != null ? set : new DefaultRules().forSport(season, sport);
        ValidationReport report = new RuleCompiler().compile(active, season).validate(games);
        List<String> hard = report.violations().stream().filter(v -> v.severity() == Severity.HARD)
                .map(v -> v.rule() + ": " + v.explanation()).limit(EXPLAINED).toList();
        return new Findings(report.hardViolations(), conflicts.count(scheduleId, version), hard);
    }
}
