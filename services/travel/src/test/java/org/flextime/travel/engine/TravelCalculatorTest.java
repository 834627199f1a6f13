package org.flextime.travel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flextime.domain.Game;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Team;
import org.junit.jupiter.api.Test;

class TravelCalculatorTest {
    private static final Map<String, Team> TEAMS = SeasonCatalog.bundled().find("2025-26").orElseThrow().teams();
    private final TravelCalculator calculator = new TravelCalculator(TEAMS);

    private static double d(String a, String b) {
        return TravelCalculator.distance(TEAMS.get(a), TEAMS.get(b));
    }

    private static Game game(String id, String date, String home, String away) {
        return new Game(id, LocalDate.parse(date), home, away, home);
    }

    @Test
    void haversineMatchesKnownDistances() {
        // a quarter of a great circle: pi/2 x 3958.8
        assertThat(TravelCalculator.haversineMiles(0, 0, 0, 90)).isCloseTo(6218.47, within(0.01));
        // one degree of latitude is about 69.09 miles on this sphere
        assertThat(TravelCalculator.haversineMiles(40, -100, 41, -100)).isCloseTo(69.09, within(0.01));
        // Lawrence, KS (Kansas) to Provo, UT (BYU): about 877 miles in a straight line
        assertThat(d("KU", "BYU")).isCloseTo(876.9, within(0.5));
        assertThat(d("KU", "KSU")).isCloseTo(73.2, within(0.5));
        assertThat(d("BYU", "KU")).isEqualTo(d("KU", "BYU"));
        assertThat(d("KU", "KU")).isZero();
    }

    @Test
    void roadTripWithinThreeDaysGoesDirectly() {
        TravelReport r = calculator.miles(List.of(
                game("g1", "2026-01-03", "KU", "KSU"),
                game("g2", "2026-01-05", "BYU", "KU"),
                game("g3", "2026-01-08", "UTAH", "KU"),
                game("g4", "2026-01-12", "KU", "TCU")));
        // KU: home, then Lawrence -> Provo -> Salt Lake City (3 days later: road trip) -> home
        assertThat(r.milesPerTeam().get("KU")).isCloseTo(d("KU", "BYU") + d("BYU", "UTAH") + d("UTAH", "KU"), within(1e-9));
        // KSU: there and back; BYU and UTAH stay home; TCU there and back
        assertThat(r.milesPerTeam().get("KSU")).isCloseTo(2 * d("KSU", "KU"), within(1e-9));
        assertThat(r.milesPerTeam().get("BYU")).isZero();
        assertThat(r.milesPerTeam().get("TCU")).isCloseTo(2 * d("TCU", "KU"), within(1e-9));
        assertThat(r.totalMiles()).isCloseTo(r.milesPerTeam().values().stream().mapToDouble(Double::doubleValue).sum(), within(1e-9));
    }

    @Test
    void moreThanThreeDaysBetweenAwayGamesMeansGoingHomeFirst() {
        TravelReport r = calculator.miles(List.of(
                game("g1", "2026-01-05", "BYU", "KU"),
                game("g2", "2026-01-09", "UTAH", "KU")));
        assertThat(r.milesPerTeam().get("KU")).isCloseTo(2 * d("KU", "BYU") + 2 * d("KU", "UTAH"), within(1e-9));
    }

    @Test
    void aHomeGameBreaksARoadTrip() {
        TravelReport r = calculator.miles(List.of(
                game("g1", "2026-01-05", "BYU", "KU"),
                game("g2", "2026-01-06", "KU", "KSU"),
                game("g3", "2026-01-07", "UTAH", "KU")));
        assertThat(r.milesPerTeam().get("KU")).isCloseTo(2 * d("KU", "BYU") + 2 * d("KU", "UTAH"), within(1e-9));
    }

    @Test
    void ordersGamesByDateNotByListOrder() {
        List<Game> games = List.of(game("g2", "2026-01-07", "UTAH", "KU"), game("g1", "2026-01-05", "BYU", "KU"));
        assertThat(calculator.miles(games).milesPerTeam().get("KU"))
                .isCloseTo(d("KU", "BYU") + d("BYU", "UTAH") + d("UTAH", "KU"), within(1e-9));
    }

    @Test
    void unknownTeamIsRejected() {
        assertThatThrownBy(() -> calculator.miles(List.of(game("g1", "2026-01-05", "KU", "XYZ"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XYZ");
    }
}
