package org.flextime.scheduler.engine.optimizer;

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
import org.junit.jupiter.api.Test;

class SeasonOptimizerTest {
    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final SolveOptions QUICK = SolveOptions.defaults()
            .withBudget(Duration.ofMillis(800), Duration.ofMillis(400));

    @ParameterizedTest
    @ValueSource(strings = {"FB", "MBB", "WBB", "VB", "SOC", "BSB", "SB", "MTEN", "WTEN"})
    void everySportIsFeasibleAndNoWorseThanTheDraft(String code) {
        Sport sport = SEASON.sport(code).orElseThrow();
        OptimizedSeason result = new SeasonOptimizer().optimize(SEASON, sport, 11, QUICK);
        System.out.println(code + " initial " + result.initialScore().hardPenalty() + "/" + result.initialScore().softPenalty()
                + " final " + result.score().hardPenalty() + "/" + result.score().softPenalty() + " miles "
                + result.initialScore().travelMiles() + "->" + result.score().travelMiles() + "\n" + result.initialScore().rules());
        assertThat(result.score().hardPenalty()).as(result.score().explanation()).isZero();
        assertThat(result.score().softPenalty()).isLessThanOrEqualTo(result.initialScore().softPenalty());
        SeasonScore again = new SeasonOptimizer().evaluate(SEASON, sport, result.games(), QUICK);
        assertThat(again.hardPenalty()).isZero();
        assertThat(again.softPenalty()).isEqualTo(result.score().softPenalty());
    }
}
