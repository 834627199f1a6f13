package org.flextime.engine.conflicts.resolution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flextime.domain.Game;
import org.flextime.domain.RoadTrips;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.engine.conflicts.ConflictScan;
import org.flextime.engine.conflicts.RuleViolation;
import org.flextime.engine.conflicts.ScheduleConflict;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.RuleCompiler;
import org.flextime.rules.Severity;
import org.flextime.rules.Violation;

/**
 * Judges a version of a schedule the way detection does: its conflicts of every family ({@link ConflictScan}) under a
 * constraint set whose hard violations count too, and the miles its teams travel ({@link RoadTrips}). A proposal is
 * checked by judging the schedule before and after it.
 */
public final class ScheduleJudge {

    /** A schedule's conflicts and the keys of its hard violations (rule, games, teams). */
    public record Judgement(List<ScheduleConflict> conflicts, Set<String> hardViolations) {

        /** Copies the collections so the record stays immutable. */
        public Judgement {
            conflicts = List.copyOf(conflicts);
            hardViolations = Set.copyOf(hardViolations);
        }

        /** The conflicts weighted by severity: critical 8, high 4, medium 2, low 1. */
        public int weight() {
            int w = 0;
            for (ScheduleConflict c : conflicts) {
                w += switch (c.severity()) {
                    case CRITICAL -> 8;
                    case HIGH -> 4;
                    case MEDIUM -> 2;
                    case LOW -> 1;
                };
            }
            return w;
        }
    }

    private final ConflictScan scan;
    private final CompiledSet rules;
    private final Map<String, List<Game>> otherSports;
    private final RoadTrips trips;

    /** A judge of the sport's schedules under {@code set}, with the season's other sports' current games. */
    public ScheduleJudge(Season season, Sport sport, ConstraintSet set, Map<String, List<Game>> otherSports) {
        this.scan = new ConflictScan(season, sport, set);
        this.rules = new RuleCompiler().compile(set, season);
        this.otherSports = Map.copyOf(otherSports);
        this.trips = new RoadTrips(season.roadTrips(), season.teams().values());
    }

    /** The games' conflicts and hard violations. */
    public Judgement judge(List<Game> games) {
        List<RuleViolation> hard = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        for (Violation v : rules.validate(games).violations()) {
            if (v.severity() == Severity.HARD) {
                hard.add(new RuleViolation(v.rule(), v.explanation(), v.gameIds(), v.teams()));
                keys.add(v.rule() + "|" + new TreeSet<>(v.gameIds()) + "|" + new TreeSet<>(v.teams()));
            }
        }
        return new Judgement(scan.detect(games, otherSports, hard), keys);
    }

    /** The miles the teams travel over the games, in all. */
    public long miles(List<Game> games, Collection<String> teams) {
        long total = 0;
        for (String team : new TreeSet<>(teams)) {
            List<Game> own = games.stream().filter(g -> g.involves(team))
                    .sorted(Comparator.comparing(Game::date).thenComparing(Game::id)).toList();
            total += trips.miles(team, own);
        }
        return total;
    }
}
