package org.flextime.engine.ttp;

import static org.assertj.core.api.Assertions.assertThat;

import org.flextime.rules.itc.TravelDistance;
import org.flextime.rules.robinx.DistanceMatrix;
import org.junit.jupiter.api.Test;

class TtpTravelTest {

    private static final int[][] SQUARES = {
            {0, 1, 4, 9},
            {16, 0, 25, 36},
            {49, 64, 0, 81},
            {100, 121, 144, 0}};

    private final TtpTravel travel = TtpTravel.of(SQUARES);

    @Test
    void aLegIsReadFromItsRowAndColumn() {
        assertThat(travel.leg(2, 3)).isEqualTo(81);
        assertThat(travel.leg(3, 2)).isEqualTo(144);
    }

    @Test
    void aSeasonIsTheRulesModuleSeasonOverTheSameLegs() {
        int[] opponents = {2, 1, 3};
        boolean[] atHome = {false, true, false};
        // at 2, home, at 3: 0 -> 2 (4), 2 -> 0 (49), 0 -> 0 (0), 0 -> 3 (9), back 3 -> 0 (100)
        assertThat(travel.season(0, opponents, atHome, 3)).isEqualTo(162);
        long[][] wide = new long[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                wide[i][j] = SQUARES[i][j];
            }
        }
        assertThat(TravelDistance.over(DistanceMatrix.of(wide)).season(0, 3, slot -> new int[] {2, 0, 3}[slot]))
                .isEqualTo(162);
    }

    @Test
    void onlyTheFirstGamesCount() {
        // at 2, home; back from home is 0: 4 + 49
        assertThat(travel.season(0, new int[] {2, 1, 3}, new boolean[] {false, true, false}, 2)).isEqualTo(53);
    }
}
