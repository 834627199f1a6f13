package org.flextime.engine.season.optimizer;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import org.flextime.domain.Game;
import org.flextime.rules.Rule;
import org.flextime.rules.RuleContext;
import org.flextime.rules.Severity;
import org.flextime.rules.Violation;

/**
 * The request's constraint set as Timefold constraint streams: one constraint per rule of the set, named by the
 * rule id, whose matches are the rule's violations as the catalog's evaluator reports them (penalty = amount ×
 * weight, HARD rules on the hard level, SOFT on the soft). Each rule is streamed by its scope: a team rule over
 * a team's games (grouped by team, so a move re-evaluates only the teams it touches; one shared node evaluates all
 * team rules of a team, remembered per game list, and each rule's constraint filters its own violations), a game
 * rule per game of a fixture (likewise one shared node per fixture, remembered per placement), a venue rule over the games at a venue, a schedule rule over all games. Plus the optimizer's own
 * objectives, {@value SolveOptions#TRAVEL} (dollars or miles × weight, {@link org.flextime.domain.RoadTrips}) and
 * {@value SolveOptions#IMBALANCE} (each team's |home - away| × weight, as the reported quality weighs it). The set comes from the
 * {@link RuleBook} named by the {@code ruleBook} custom property.
 */
public final class SeasonConstraints implements ConstraintProvider {
    private RuleBook book;

    /** Set by Timefold from the solver config's custom properties. */
    public void setRuleBook(String key) {
        this.book = RuleBook.registered(key);
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        if (book == null) {
            throw new IllegalStateException("SeasonConstraints needs the ruleBook property");
        }
        RuleContext ctx = book.context();
        List<Constraint> out = new ArrayList<>();
        for (int i = 0; i < book.rules().size(); i++) {
            Rule rule = book.rules().get(i);
            int index = i;
            UniConstraintStream<Violation> violations;
            if (rule instanceof Rule.TeamRule r) {
                // one shared node evaluates all team rules for a team; each rule's constraint takes its own violations
                String id = r.definition().id();
                violations = teams(f).flattenLast(TeamGames::teamViolations).filter(v -> v.rule().equals(id));
            } else if (rule instanceof Rule.GameRule r) {
                String id = r.definition().id();
                violations = f.forEach(Fixture.class).flattenLast(Fixture::gameViolations).filter(v -> v.rule().equals(id));
            } else if (rule instanceof Rule.VenueRule r) {
                violations = games(f).filter(g -> g.venue() != null)
                        .groupBy(Game::venue, ConstraintCollectors.toList())
                        .map(VenueGames::new)
                        .flattenLast(at -> {
                            List<Violation> v = new ArrayList<>(0);
                            r.evaluate(at.venue(), at.games(), ctx, v);
                            return v;
                        });
            } else {
                Rule.ScheduleRule r = (Rule.ScheduleRule) rule;
                violations = games(f).groupBy(ConstraintCollectors.toList()).flattenLast(games -> {
                    List<Game> sorted = new ArrayList<>(games);
                    sorted.sort(TeamGames.BY_DATE);
                    List<Violation> v = new ArrayList<>(0);
                    r.evaluate(sorted, ctx, v);
                    return v;
                });
            }
            HardSoftLongScore level = rule.definition().severity() == Severity.HARD ? HardSoftLongScore.ONE_HARD
                    : HardSoftLongScore.ONE_SOFT;
            out.add(violations.penalizeLong(level, v -> (long) v.penalty()).asConstraint(rule.definition().id()));
        }
        long travel = book.travelWeight();
        if (travel > 0) {
            out.add(teams(f).filter(t -> t.travel() > 0)
                    .penalizeLong(HardSoftLongScore.ONE_SOFT, t -> t.travel() * travel).asConstraint(SolveOptions.TRAVEL));
        }
        long imbalance = book.imbalanceWeight();
        if (imbalance > 0) {
            out.add(teams(f).filter(t -> t.homeAwayDifference() > 0)
                    .penalizeLong(HardSoftLongScore.ONE_SOFT, t -> t.homeAwayDifference() * imbalance)
                    .asConstraint(SolveOptions.IMBALANCE));
        }
        return out.toArray(Constraint[]::new);
    }

    /** Every team's games, rebuilt for a team when one of its fixtures changes. */
    private static UniConstraintStream<TeamGames> teams(ConstraintFactory f) {
        return f.forEach(Fixture.class)
                .flattenLast(Fixture::teamGames)
                .groupBy(TeamGame::team, ConstraintCollectors.toList())
                .map(TeamGames::new);
    }

    /** The games at one venue in date order. */
    record VenueGames(String venue, List<Game> games) {
        VenueGames {
            List<Game> sorted = new ArrayList<>(games);
            sorted.sort(TeamGames.BY_DATE);
            games = List.copyOf(sorted);
        }
    }

    /** Every game of every fixture. */
    private static UniConstraintStream<Game> games(ConstraintFactory f) {
        return f.forEach(Fixture.class).flattenLast(Fixture::games);
    }
}
