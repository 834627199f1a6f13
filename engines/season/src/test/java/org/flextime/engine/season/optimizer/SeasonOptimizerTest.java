package org.flextime.engine.season.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import org.junit.jupiter.api.Test;

class SeasonOptimizerTest {
    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final SolveOptions QUICK = SolveOptions.defaults()
            .withBudget(Duration.ofMillis(800), Duration.ofMillis(400));

    @ParameterizedTest
    @ValueSource(strings = {"FB", "MBB", "WBB", "VB", "SOC", "BSB", "SB", "MTEN", "WTEN"})
    void everySportEndsWithoutHardViolationsAndNoWorseThanTheDraftNorOfLowerQuality(String code) {
        Sport sport = SEASON.sport(code).orElseThrow();
        OptimizedSeason result = new SeasonOptimizer().optimize(SEASON, sport, 11, QUICK);
        assertThat(result.score().hardPenalty()).as(result.score().explanation()).isZero();
        assertThat(result.score().breaches(List.of("double-booking"))).isZero();
        assertThat(result.score().softPenalty()).isLessThanOrEqualTo(result.initialScore().softPenalty());
        assertThat(result.score().quality()).isGreaterThanOrEqualTo(result.initialScore().quality());
        SeasonScore again = new SeasonOptimizer().evaluate(SEASON, sport, result.games(), QUICK);
        assertThat(again.hardPenalty()).isZero();
        assertThat(again.softPenalty()).isEqualTo(result.score().softPenalty());
    }

    @Test
    void baseballsShortOpeningWeekForByuIsOneDoubleheaderAtItsSoftWeight() {
        // BYU plays all ten weeks; the window opens on Friday and its Sunday is blacked out, so its first series
        // needs a doubleheader: legal, and its soft cost is all that remains of it
        Sport baseball = SEASON.sport("BSB").orElseThrow();
        OptimizedSeason result = new SeasonOptimizer().optimize(SEASON, baseball, 11, QUICK);
        assertThat(result.score().hardPenalty()).isZero();
        assertThat(result.score().rules().get("doubleheader")).isEqualTo(new RuleTotal("doubleheader", false, 1, 300));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MBB", "BSB"})
    void incrementalScoresMatchAFullRecalculationAfterEveryMove(String code) {
        // FULL_ASSERT recomputes the score from scratch after each move and fails on any difference
        Sport sport = SEASON.sport(code).orElseThrow();
        SolveOptions brief = SolveOptions.defaults().withBudget(Duration.ofMillis(600), Duration.ofMillis(600));
        OptimizedSeason result = new SeasonOptimizer().optimize(SEASON, sport, 5, brief, EnvironmentMode.FULL_ASSERT);
        assertThat(result.score().hardPenalty()).isZero();
    }

    @Test
    void theOptionsMapSetsWeightsAndBudget() {
        Sport soccer = SEASON.sport("SOC").orElseThrow();
        Map<String, Object> options = Map.of("weights", Map.of("travel", 2, "weekendHome", 5), "seconds", 0.5,
                "unimprovedSeconds", 0.5);
        List<Game> games = new SeasonOptimizer().generate(SEASON, soccer, 3, options);
        assertThat(games).hasSize(88);
        assertThatThrownBy(() -> new SeasonOptimizer().generate(SEASON, soccer, 3, Map.of("weights", Map.of("x", 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
