package org.flextime.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The imbalance the quality model weighs is a fraction of each team's games, as the model expects. */
class HomeAwayImbalanceTest {

    private static Game game(int day, String home, String away) {
        return new Game("g" + day, LocalDate.of(2026, 3, 6).plusDays(day), home, away, home + " field");
    }

    @Test
    void aTeamHostingEveryGameOfASeriesIsFullyImbalanced() {
        // One three-game series: KU all home (3 of 3), BYU all away: |3 - 0| / 3 = 1 for both.
        List<Game> series = List.of(game(0, "KU", "BYU"), game(1, "KU", "BYU"), game(2, "KU", "BYU"));
        assertThat(QualityInputs.homeAwayImbalance(series)).isEqualTo(1.0);
    }

    @Test
    void eachTeamsImbalanceIsMeasuredAgainstItsOwnGames() {
        // KU hosts BYU twice and visits once (|2 - 1| / 3); UTAH and ASU split two games (0): mean (1/3 + 1/3 + 0 + 0) / 4.
        List<Game> games = List.of(game(0, "KU", "BYU"), game(1, "KU", "BYU"), game(2, "BYU", "KU"),
                game(3, "UTAH", "ASU"), game(4, "ASU", "UTAH"));
        assertThat(QualityInputs.homeAwayImbalance(games)).isCloseTo(1.0 / 6, within(1e-9));
    }

    @Test
    void aSoftballSizedSeasonOfSeriesStaysInsideTheModelsRange() {
        // Eight three-game series per team, all at home for half the teams: counts reach 24, the fraction stays 1.
        List<Game> games = new ArrayList<>();
        String[] hosts = {"ARIZ", "ASU", "BAY", "BYU"};
        String[] visitors = {"HOU", "ISU", "KU", "OSU"};
        int day = 0;
        for (int round = 0; round < 2; round++) {
            for (String host : hosts) {
                for (String visitor : visitors) {
                    for (int g = 0; g < 3; g++) {
                        games.add(game(day++, host, visitor));
                    }
                }
            }
        }
        assertThat(QualityInputs.homeAwayImbalance(games)).isEqualTo(1.0);
    }

    @Test
    void noGamesIsNoImbalance() {
        assertThat(QualityInputs.homeAwayImbalance(List.of())).isZero();
    }
}
