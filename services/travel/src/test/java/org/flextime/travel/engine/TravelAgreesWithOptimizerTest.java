package org.flextime.travel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.engine.season.SeasonGenerator;
import org.flextime.engine.season.optimizer.SeasonOptimizer;
import org.flextime.engine.season.optimizer.SolveOptions;
import org.junit.jupiter.api.Test;

/** The miles the travel service reports for a schedule are the miles the optimizer scores, in every sport. */
class TravelAgreesWithOptimizerTest {

    @Test
    void everySportsDraftHasTheSameMilesInTheTravelServiceAndTheOptimizer() {
        Season season = SeasonCatalog.bundled().find("2025-26").orElseThrow();
        assertThat(season.sports()).hasSize(9);
        TravelCalculator travel = new TravelCalculator(season);
        for (Sport sport : season.sports()) {
            List<Game> draft = new SeasonGenerator().generate(season, sport, 1);
            long optimizer = new SeasonOptimizer().evaluate(season, sport, draft, SolveOptions.defaults()).travelMiles();
            TravelReport report = travel.miles(draft);
            assertThat(report.totalMiles()).as(sport.code()).isEqualTo(optimizer).isPositive();
            assertThat(report.milesPerTeam().keySet()).as(sport.code())
                    .containsExactlyInAnyOrderElementsOf(season.participants(sport).stream().map(t -> t.code()).toList());
        }
    }
}
