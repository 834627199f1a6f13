package org.flextime.bench.ttp.timefold;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * TTP rules as Timefold constraint streams: hard one game per team per round, at most three consecutive home or
 * away games, no repeaters; soft total travel distance. The streak limit is the classic three.
 */
public class TtpConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            oneGamePerTeamPerRound(factory),
            homeStreak(factory),
            awayStreak(factory),
            noRepeater(factory),
            // A team's leg between consecutive rounds goes from one game's venue to the next one's; the three
            // joins cover the team being home-then-away, away-then-home and away-then-away (home-then-home is 0).
            travel(factory, "travel home then away", Joiners.equal(TfMatch::getHome, TfMatch::getAway)),
            travel(factory, "travel away then home", Joiners.equal(TfMatch::getAway, TfMatch::getHome)),
            travel(factory, "travel away then away", Joiners.equal(TfMatch::getAway, TfMatch::getAway)),
            firstTrip(factory),
            lastTrip(factory)
        };
    }

    private Constraint oneGamePerTeamPerRound(ConstraintFactory factory) {
        return factory.forEachUniquePair(TfMatch.class, Joiners.equal(TfMatch::getRound))
                .filter(TfMatch::sharesTeamWith)
                .penalizeLong(HardSoftLongScore.ONE_HARD, TfMatch::sharedTeams)
                .asConstraint("one game per team per round");
    }

    private Constraint homeStreak(ConstraintFactory factory) {
        return factory.forEach(TfMatch.class)
                .ifExists(TfMatch.class, Joiners.equal(TfMatch::getHome), Joiners.equal(m -> m.getRound() + 1, TfMatch::getRound))
                .ifExists(TfMatch.class, Joiners.equal(TfMatch::getHome), Joiners.equal(m -> m.getRound() + 2, TfMatch::getRound))
                .ifExists(TfMatch.class, Joiners.equal(TfMatch::getHome), Joiners.equal(m -> m.getRound() + 3, TfMatch::getRound))
                .penalizeLong(HardSoftLongScore.ONE_HARD)
                .asConstraint("at most three consecutive home games");
    }

    private Constraint awayStreak(ConstraintFactory factory) {
        return factory.forEach(TfMatch.class)
                .ifExists(TfMatch.class, Joiners.equal(TfMatch::getAway), Joiners.equal(m -> m.getRound() + 1, TfMatch::getRound))
                .ifExists(TfMatch.class, Joiners.equal(TfMatch::getAway), Joiners.equal(m -> m.getRound() + 2, TfMatch::getRound))
                .ifExists(TfMatch.class, Joiners.equal(TfMatch::getAway), Joiners.equal(m -> m.getRound() + 3, TfMatch::getRound))
                .penalizeLong(HardSoftLongScore.ONE_HARD)
                .asConstraint("at most three consecutive away games");
    }

    private Constraint noRepeater(ConstraintFactory factory) {
        return factory.forEach(TfMatch.class)
                .join(TfMatch.class,
                        Joiners.equal(TfMatch::getHome, TfMatch::getAway),
                        Joiners.equal(TfMatch::getAway, TfMatch::getHome),
                        Joiners.equal(TfMatch::nextRound, TfMatch::getRound))
                .penalizeLong(HardSoftLongScore.ONE_HARD)
                .asConstraint("no repeater");
    }

    private Constraint travel(ConstraintFactory factory, String name,
                              ai.timefold.solver.core.api.score.stream.bi.BiJoiner<TfMatch, TfMatch> sharedTeam) {
        return factory.forEach(TfMatch.class)
                .join(TfMatch.class, sharedTeam, Joiners.equal(TfMatch::nextRound, TfMatch::getRound))
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (a, b) -> a.getDistances().between(a.getHome(), b.getHome()))
                .asConstraint(name);
    }

    private Constraint firstTrip(ConstraintFactory factory) {
        return factory.forEach(TfMatch.class)
                .filter(m -> m.getRound() == 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, m -> m.getDistances().between(m.getAway(), m.getHome()))
                .asConstraint("first trip out");
    }

    private Constraint lastTrip(ConstraintFactory factory) {
        return factory.forEach(TfMatch.class)
                .filter(m -> m.getRound() == m.getDistances().rounds() - 1)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, m -> m.getDistances().between(m.getHome(), m.getAway()))
                .asConstraint("last trip home");
    }
}
