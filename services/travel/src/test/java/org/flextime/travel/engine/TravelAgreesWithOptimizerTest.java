package org.flextime.travel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

    private static Season season() {
        String root = System.getenv("FLEXTIME_DATA");
        if (root == null || root.isBlank()) {
            throw new IllegalStateException("FLEXTIME_DATA is not set; surefire sets it to <repo>/data");
        }
        Path big12 = Path.of(root, "big12");
        if (!Files.isDirectory(big12)) {
            throw new IllegalStateException("FLEXTIME_DATA points at " + root + " which has no big12/ folder");
        }
        return SeasonCatalog.fromDirectory(big12).find("2025-26").orElseThrow();
    }

    @Test
    void everySportsDraftHasTheSameMilesInTheTravelServiceAndTheOptimizer() {
        Season season = season();
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
