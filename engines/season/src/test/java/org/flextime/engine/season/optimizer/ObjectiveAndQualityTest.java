package org.flextime.engine.season.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.engine.season.optimizer.TinySeason.games;

import java.util.List;
import java.util.Optional;

import org.flextime.domain.Game;
import org.flextime.domain.QualityInputs;
import org.flextime.domain.QualityModel;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.junit.jupiter.api.Test;

/**
 * The optimizer minimises what the reported quality ({@link QualityModel}) deducts for: travel and each team's
 * |home - away| at the quality's own rate (one unit of imbalance as much as 1,500 miles), so a schedule the optimizer
 * scores better is one the quality scores higher. Default weights, travel in miles, a single round robin of A, B, C, D.
 */
class ObjectiveAndQualityTest {
    private static final Sport SPORT = TinySeason.sport(TinySeason.CODES, Optional.empty());
    private static final Season SEASON = TinySeason.season(SPORT, List.of());
    /** Every team 2-1 or 1-2 (|home - away| = 1 each). */
    private static final List<Game> BALANCED = games("A-B+0", "C-D+0", "B-C+2", "D-A+2", "A-C+4", "D-B+4");
    /** The same with B-C played at C: B plays all three away (|3 - 0| = 3). */
    private static final List<Game> B_ALWAYS_AWAY = games("A-B+0", "C-D+0", "C-B+2", "D-A+2", "A-C+4", "D-B+4");

    private static final SolveOptions MILES = SolveOptions.defaults().withTravelUnit(SolveOptions.TravelUnit.MILES);

    private static SeasonScore score(List<Game> games) {
        return new SeasonOptimizer().evaluate(SEASON, SPORT, games, MILES);
    }

    @Test
    void theImbalanceTermIsFifteenHundredPerUnitOfEachTeamsHomeAwayDifference() {
        assertThat(score(BALANCED).rules().get(SolveOptions.IMBALANCE)).isEqualTo(new RuleTotal(SolveOptions.IMBALANCE, false, 4, 6000));
        assertThat(score(B_ALWAYS_AWAY).rules().get(SolveOptions.IMBALANCE))
                .isEqualTo(new RuleTotal(SolveOptions.IMBALANCE, false, 4, 9000));
        // in dollars (the default) too: travel counts dollars in miles' worth, so the imbalance keeps its 1,500
        assertThat(new SeasonOptimizer().evaluate(SEASON, SPORT, BALANCED, SolveOptions.defaults()).rules().get(SolveOptions.IMBALANCE))
                .isEqualTo(new RuleTotal(SolveOptions.IMBALANCE, false, 4, 6000));
    }

    @Test
    void theScheduleTheOptimizerScoresBetterIsTheOneTheQualityScoresHigher() {
        SeasonScore balanced = score(BALANCED);
        SeasonScore unbalanced = score(B_ALWAYS_AWAY);
        // travel 954 both; imbalance 6,000 -> 9,000; B's 0-3 breaks home-away-balance (10,000)
        assertThat(balanced.softPenalty()).isEqualTo(6_954);
        assertThat(unbalanced.softPenalty()).isEqualTo(19_954);
        // imbalance deducts its cap (5) from both; the soft penalty deducts its cap (10) from the unbalanced one
        assertThat(balanced.quality()).isEqualTo(95.0);
        assertThat(unbalanced.quality()).isEqualTo(85.0);
    }

    @Test
    void theQualityDeductsTheOptimizersOwnTravelTerm() {
        // default options: travel is dollars in miles' worth, and the quality's travel cost is that very figure
        SeasonScore s = new SeasonOptimizer().evaluate(SEASON, SPORT, B_ALWAYS_AWAY, SolveOptions.defaults());
        long travelTerm = s.rules().get(SolveOptions.TRAVEL).weightedPenalty();
        long rulesSoft = s.softPenalty() - travelTerm - s.rules().get(SolveOptions.IMBALANCE).weightedPenalty();
        double expected = new QualityModel().score(new QualityInputs(6, 0, (int) rulesSoft, 0, s.travelMiles(),
                QualityInputs.homeAwayImbalance(B_ALWAYS_AWAY), travelTerm)).value();
        assertThat(s.quality()).isEqualTo(expected);
    }

    @Test
    void theQualityIsTheModelsForTheSchedulesFigures() {
        SeasonScore s = score(B_ALWAYS_AWAY);
        long rulesSoft = s.rules().values().stream().filter(r -> !r.hard() && !r.rule().equals(SolveOptions.TRAVEL)
                && !r.rule().equals(SolveOptions.IMBALANCE)).mapToLong(RuleTotal::weightedPenalty).sum();
        double expected = new QualityModel().score(new QualityInputs(6, 0, (int) rulesSoft, 0, s.travelMiles(),
                QualityInputs.homeAwayImbalance(B_ALWAYS_AWAY))).value();
        assertThat(s.quality()).isEqualTo(expected);
    }
}
