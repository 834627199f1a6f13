package org.flextime.engine.season.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.junit.jupiter.api.Test;

/** A cancel stops the optimizer however early it arrives, even before the search has started. */
class SeasonOptimizerCancelTest {

    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final SolveOptions LONG = SolveOptions.defaults().withBudget(Duration.ofSeconds(60), Duration.ofSeconds(60));

    @Test
    void aCancelRequestedBeforeTheSearchStartsStopsItAtOnce() {
        Sport sport = SEASON.sport("WBB").orElseThrow();
        long started = System.nanoTime();
        assertThatThrownBy(() -> new SeasonOptimizer().optimize(SEASON, sport, 7, LONG, best -> { }, () -> true))
                .isInstanceOf(CancellationException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }
}
