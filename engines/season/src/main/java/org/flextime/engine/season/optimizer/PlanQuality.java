package org.flextime.engine.season.optimizer;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.flextime.domain.Game;
import org.flextime.domain.QualityInputs;
import org.flextime.domain.QualityModel;
import org.flextime.domain.QualityScore;

/**
 * The quality the product reports ({@link QualityModel}, the intelligence service's score) of a plan, from what the
 * optimizer knows of it: its games, the hard penalty, the soft penalty of the set's rules (the score's soft level
 * without the optimizer's own travel and imbalance terms), the miles of the one road-trip model, its dollars in miles'
 * worth (the travel cost the quality deducts for, {@link RuleBook#cost}, the optimizer's own term by default) and the
 * home/away imbalance. No conflicts: those are the conflicts service's to find. The search returns nothing of lower quality
 * than where it started ({@link SeasonOptimizer}).
 */
final class PlanQuality {
    private static final QualityModel MODEL = new QualityModel();

    private PlanQuality() {
    }

    /** The quality of a plan whose Timefold score is {@code score}. */
    static QualityScore of(SeasonPlan plan, HardSoftLongScore score) {
        RuleBook book = plan.getFixtures().get(0).rules();
        List<Game> games = new ArrayList<>();
        plan.getFixtures().forEach(x -> games.addAll(x.games()));
        long miles = SeasonOptimizer.travelMiles(plan);
        long difference = SeasonOptimizer.homeAwayDifference(plan);
        long rulesSoft = -score.softScore() - book.travelWeight() * SeasonOptimizer.travel(plan) - book.imbalanceWeight() * difference;
        return MODEL.score(new QualityInputs(games.size(), (int) Math.min(Integer.MAX_VALUE, -score.hardScore()),
                (int) Math.max(0, Math.min(Integer.MAX_VALUE, rulesSoft)), 0, miles, QualityInputs.homeAwayImbalance(games),
                SeasonOptimizer.travelCost(plan)));
    }
}
