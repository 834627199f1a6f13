package org.flextime.rules.itc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.rules.itc.TravelDistance.NO_GAME;

import org.flextime.rules.robinx.DistanceMatrix;
import org.flextime.rules.robinx.Instance;
import org.junit.jupiter.api.Test;

class TravelDistanceTest {

    // Every leg differs from every other and from its way back, so a leg taken in the wrong direction or order shows.
    private static final DistanceMatrix SQUARES = DistanceMatrix.of(new long[][] {
            {0, 1, 4, 9},
            {16, 0, 25, 36},
            {49, 64, 0, 81},
            {100, 121, 144, 0}});

    private final TravelDistance travel = TravelDistance.over(SQUARES);

    private static TravelDistance.Venues playing(int... venues) {
        return slot -> venues[slot];
    }

    @Test
    void aSeasonStartsAtHomeTakesEachLegInSlotOrderAndReturnsHome() {
        // 0 -> 2 (4), 2 -> 0 (49), 0 -> 1 (1), back 1 -> 0 (16)
        assertThat(travel.season(0, 3, playing(2, 0, 1))).isEqualTo(70);
    }

    @Test
    void aSlotWithoutAGameKeepsTheTeamWhereItIs() {
        // 0 -> 2 (4), stays at 2, 2 -> 3 (81), back 3 -> 0 (100); going home for the bye would make 162
        assertThat(travel.season(0, 3, playing(2, NO_GAME, 3))).isEqualTo(185);
    }

    @Test
    void onlyTheGivenSlotsCount() {
        // 3 -> 1 (121), back 1 -> 3 (36); slot 1 is past the season
        assertThat(travel.season(3, 1, playing(1, 2))).isEqualTo(157);
    }

    @Test
    void aTimetableTotalsEveryTeamsSeason() {
        Instance tiny = TinyLeague.instance();
        Instance withDistances = new Instance(tiny.name(), "TR", tiny.roundRobins(), tiny.compact(), tiny.gameMode(),
                tiny.teams(), tiny.slots(), SQUARES, tiny.constraints());
        Timetable timetable = Timetable.of(withDistances, TinyLeague.solution());
        // venues by slot: team 0 at 0 2 0 1 0 3 = 4+49+1+16+9+100 = 179; team 1 at 0 1 1 1 3 2 = 16+1+36+144+64 = 261;
        // team 2 at 2 2 1 3 0 2 = 64+36+100+4 = 204; team 3 at 2 1 0 3 3 3 = 144+64+16+9 = 233
        assertThat(TravelDistance.total(SQUARES, timetable)).isEqualTo(179 + 261 + 204 + 233);
    }

    @Test
    void anInstanceWithoutDistancesTravelsNothing() {
        Timetable timetable = Timetable.of(TinyLeague.instance(), TinyLeague.solution());
        assertThat(TravelDistance.total(DistanceMatrix.empty(), timetable)).isZero();
    }
}
