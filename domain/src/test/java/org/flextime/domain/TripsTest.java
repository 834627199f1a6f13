package org.flextime.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The road-trip model priced: campuses A, B, C on the equator at 0, 2 and 6 degrees of longitude, every leg by charter
 * bus under the reference table ({@link TravelCostsTest}): A-B $1,964.31, B-C $2,428.62, A-C $2,892.94.
 */
class TripsTest {
    /** Saturday. */
    private static final LocalDate DAY0 = LocalDate.of(2026, 1, 3);
    private static final RoadTrips MODEL = new RoadTrips(RoadTripRule.DEFAULT,
            List.of(TravelCostsTest.at("A", 0), TravelCostsTest.at("B", 2), TravelCostsTest.at("C", 6)),
            TravelCosts.REFERENCE, 20, FareSource.TABLE);

    private static Game game(String host, String visitor, int day) {
        return new Game("g" + day, DAY0.plusDays(day), host, visitor, host);
    }

    @Test
    void twoAwayGamesWithinTheGapAreOneTripOfThreeLegs() {
        List<Game> games = List.of(game("B", "A", 0), game("C", "A", 3));
        List<Trip> trips = MODEL.trips("A", games);
        assertThat(trips).singleElement().satisfies(t -> {
            assertThat(t.stops()).containsExactly("B", "C");
            assertThat(t.legs()).extracting(TravelLeg::mode).containsOnly(TravelLeg.Mode.CHARTER_BUS);
            assertThat(t.dollars()).isCloseTo(7285.87, within(0.01));
            assertThat(t.firstGame()).isEqualTo(DAY0);
            assertThat(t.lastGame()).isEqualTo(DAY0.plusDays(3));
            assertThat(t.nightsAway()).isEqualTo(4);
        });
        assertThat(MODEL.dollars("A", games)).isEqualTo(7286);
        assertThat(MODEL.miles("A", games)).isEqualTo(829);
    }

    @Test
    void aHomeGameBetweenSplitsTheTrips() {
        List<Game> games = List.of(game("B", "A", 0), game("A", "C", 1), game("C", "A", 3));
        assertThat(MODEL.trips("A", games)).extracting(Trip::stops).containsExactly(List.of("B"), List.of("C"));
        // 2 x $1,964.312 + 2 x $2,892.935 = $9,714.49
        assertThat(MODEL.dollars("A", games)).isEqualTo(9714);
    }

    @Test
    void aHomeTeamHasNoTrip() {
        assertThat(MODEL.trips("B", List.of(game("B", "A", 0)))).isEmpty();
        assertThat(MODEL.dollars("B", List.of(game("B", "A", 0)))).isZero();
    }
}
