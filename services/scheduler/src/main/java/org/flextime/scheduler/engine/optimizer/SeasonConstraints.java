package org.flextime.scheduler.engine.optimizer;

import java.util.List;
import java.util.function.Function;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

/**
 * The season's rules as Timefold constraint streams. Hard constraints are named after the validator's rule
 * ids where the two mean the same thing, so the bench can compare them; soft constraints carry the names a
 * request sets weights by ({@link #SOFT}). Per-team rules group a team's appearances into a
 * {@link TeamLine}, so a move re-evaluates only the teams it touches; every hard penalty is one match per
 * breach (a streak, an end, a team), which is also how the validator counts violations.
 */
public final class SeasonConstraints implements ConstraintProvider {
    /** Hard constraint names. */
    public static final List<String> HARD = List.of("unplayable-date", "double-booking", "home-games", "home-and-away",
            "consecutive-days", "consecutive-road-games", "road-games-in-weeks", "first-last-games-balance",
            "rematch-separation");
    /** Soft constraint names: the keys of a request's weights. */
    public static final List<String> SOFT = List.of("travel", "weekendHome", "homeStreak", "roadStreak",
            "rematchSpacing", "restDays", "sharedHomeDay", "homeAwayBalance");

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
                f.forEach(Fixture.class).filter(x -> x.illegalGames() > 0)
                        .penalizeLong(HardSoftLongScore.ONE_HARD, Fixture::illegalGames).asConstraint("unplayable-date"),
                hard(f, TeamLine::doubleBookings, "double-booking"),
                hard(f, TeamLine::homeGames, "home-games"),
                f.forEachUniquePair(Fixture.class, Joiners.equal(Fixture::pairKey))
                        .filter((a, b) -> a.legs() == 2 && a.host().equals(b.host()))
                        .penalizeLong(HardSoftLongScore.ONE_HARD).asConstraint("home-and-away"),
                hard(f, TeamLine::consecutiveDays, "consecutive-days"),
                hard(f, TeamLine::roadStreaks, "consecutive-road-games"),
                hard(f, TeamLine::roadWindows, "road-games-in-weeks"),
                hard(f, TeamLine::endsBalance, "first-last-games-balance"),
                hard(f, TeamLine::rematchSeparation, "rematch-separation"),
                lines(f).filter(l -> l.travelMiles() > 0)
                        .penalizeLong(HardSoftLongScore.ONE_SOFT, TeamLine::travelMiles).asConstraint("travel"),
                lines(f).filter(l -> l.weekendHomeShortfall() > 0)
                        .penalizeLong(HardSoftLongScore.ONE_SOFT, TeamLine::weekendHomeShortfall).asConstraint("weekendHome"),
                soft(f, TeamLine::homeStreaks, "homeStreak"),
                soft(f, TeamLine::softRoadStreaks, "roadStreak"),
                soft(f, TeamLine::rematchSpacing, "rematchSpacing"),
                soft(f, TeamLine::restDays, "restDays"),
                f.forEach(Fixture.class).filter(x -> x.companionClashes() > 0)
                        .penalizeLong(HardSoftLongScore.ONE_SOFT, Fixture::companionClashes).asConstraint("sharedHomeDay"),
                lines(f).filter(l -> l.homeAwayImbalance() > 0)
                        .penalizeLong(HardSoftLongScore.ONE_SOFT, TeamLine::homeAwayImbalance).asConstraint("homeAwayBalance"),
        };
    }

    /** Every team's season, rebuilt for a team when one of its meetings changes. */
    private static UniConstraintStream<TeamLine> lines(ConstraintFactory f) {
        return f.forEach(Fixture.class)
                .flattenLast(Fixture::appearances)
                .groupBy(Appearance::team, ConstraintCollectors.toList())
                .map(TeamLine::new);
    }

    private static Constraint hard(ConstraintFactory f, Function<TeamLine, List<Breach>> rule, String name) {
        return lines(f).flattenLast(rule::apply)
                .penalizeLong(HardSoftLongScore.ONE_HARD, Breach::penalty).asConstraint(name);
    }

    private static Constraint soft(ConstraintFactory f, Function<TeamLine, List<Breach>> rule, String name) {
        return lines(f).flattenLast(rule::apply)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, Breach::penalty).asConstraint(name);
    }
}
