package org.flextime.travel.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.engine.season.SeasonGenerator;
import org.flextime.engine.travel.SeasonTravel;
import org.flextime.engine.travel.TeamTravel;
import org.flextime.engine.travel.TravelSummary;
import org.flextime.engine.season.optimizer.SeasonOptimizer;
import org.flextime.engine.season.optimizer.SolveOptions;
import org.junit.jupiter.api.Test;

/**
 * The miles the travel service reports for a schedule are the miles the optimizer scores, and the travel cost it hands
 * the quality step is the optimizer's travel term, in every sport.
 */
class TravelAgreesWithOptimizerTest {

    @Test
    void everySportsDraftHasTheSameMilesInTheTravelServiceAndTheOptimizer() {
        Season season = SeasonCatalog.bundled().find("2025-26").orElseThrow();
        assertThat(season.sports()).hasSize(9);
        for (Sport sport : season.sports()) {
            List<Game> draft = new SeasonGenerator().generate(season, sport, 1);
            var scored = new SeasonOptimizer().evaluate(season, sport, draft, SolveOptions.defaults());
            long optimizer = scored.travelMiles();
            TravelSummary report = new SeasonTravel(season, sport).summarize(draft);
            assertThat(report.miles()).as(sport.code()).isEqualTo(optimizer).isPositive();
            assertThat(new SeasonTravel(season, sport).cost(draft)).as(sport.code())
                    .isEqualTo(scored.rules().get(SolveOptions.TRAVEL).weightedPenalty()).isPositive();
            assertThat(report.teams().stream().map(TeamTravel::team).toList()).as(sport.code())
                    .containsExactlyInAnyOrderElementsOf(season.participants(sport).stream().map(t -> t.code()).toList());
        }
    }
}
