package org.flextime.engine.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.RoadTripRule;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Team;
import org.flextime.domain.TravelCosts;
import org.flextime.domain.TravelLeg;
import org.flextime.domain.Venue;
import org.flextime.domain.Window;
import org.junit.jupiter.api.Test;

/**
 * A sport's travel on campuses A, B, C along the equator at 0, 2 and 6 degrees of longitude, all legs by charter bus
 * under the reference table: A-B $1,964.312, B-C $2,428.624, A-C $2,892.935 (138, 276 and 415 miles).
 */
class SeasonTravelTest {
    /** Saturday. */
    private static final LocalDate DAY0 = LocalDate.of(2026, 1, 3);

    static Season tinySeason() {
        Map<String, Team> teams = new LinkedHashMap<>();
        double[] at = {0, 2, 6};
        for (int i = 0; i < 3; i++) {
            String code = String.valueOf((char) ('A' + i));
            Venue v = new Venue(code + " Arena", 1000, 0, at[i]);
            teams.put(code, new Team(code, code + " University", code + "s", code + " City", "KS", 0, at[i],
                    ZoneId.of("America/Chicago"), v, v));
        }
        Sport sport = new Sport("MBB", "Men's Basketball", List.of("A", "B", "C"),
                new Format(Format.Kind.ROUND_ROBIN, 2, 0, 0, Optional.empty(), 0, List.of(), 0, 0, 0, 0, 0),
                new Window(DAY0, DAY0.plusDays(30), java.util.EnumSet.allOf(java.time.DayOfWeek.class), java.util.Set.of(),
                        Map.of(), Map.of()),
                Optional.empty(), List.of(), List.of(), Sport.HomeVenue.ARENA);
        return new Season("tiny", "Tiny", teams, List.of(sport), List.of(), List.of(), RoadTripRule.DEFAULT,
                TravelCosts.REFERENCE);
    }

    private static Game game(String host, String visitor, int day) {
        return new Game("g" + day + host + visitor, DAY0.plusDays(day), host, visitor, host + " Arena");
    }

    private static final Season SEASON = tinySeason();
    private static final SeasonTravel TRAVEL = new SeasonTravel(SEASON, SEASON.sport("MBB").orElseThrow());
    /** A visits B then C on one trip; B visits C alone; C stays home. */
    private static final List<Game> GAMES = List.of(game("B", "A", 0), game("C", "A", 3), game("C", "B", 10));

    @Test
    void eachTeamsTripsArePricedAndTheConferenceSummed() {
        TravelSummary s = TRAVEL.summarize(GAMES);
        assertThat(s.teams()).extracting(TeamTravel::team).containsExactly("A", "B", "C");
        TeamTravel a = s.teams().get(0);
        // $1,964.312 + $2,428.624 + $2,892.935, 829 miles, one trip of two stops and 4 nights
        assertThat(a.dollars()).isEqualTo(7286);
        assertThat(a.miles()).isEqualTo(829);
        assertThat(a.trips()).singleElement().satisfies(t -> assertThat(t.stops()).containsExactly("B", "C"));
        assertThat(a.nightsAway()).isEqualTo(4);
        assertThat(a.hours()).isCloseTo(829.129 * 1.2 / 55, within(0.01));
        assertThat(a.trips().get(0).legs()).extracting(TravelLeg::mode).containsOnly(TravelLeg.Mode.CHARTER_BUS);
        // B: 2 x $2,428.624
        assertThat(s.teams().get(1).dollars()).isEqualTo(4857);
        assertThat(s.teams().get(2).dollars()).isZero();
        assertThat(s.dollars()).isEqualTo(7286 + 4857);
        assertThat(s.trips()).isEqualTo(2);
        assertThat(s.party()).isEqualTo(TravelCosts.DEFAULT_PARTY);
    }

    @Test
    void theSpreadIsTheMostExpensiveTeamLessTheLeast() {
        TravelSummary s = TRAVEL.summarize(GAMES);
        assertThat(s.mostExpensive().team()).isEqualTo("A");
        assertThat(s.leastExpensive().team()).isEqualTo("C");
        assertThat(s.spread()).isEqualTo(7286);
    }

    @Test
    void theNaiveBaselineSendsEveryVisitHomeFirst() {
        // A: 2 x $1,964.312 + 2 x $2,892.935; B: 2 x $2,428.624
        assertThat(TRAVEL.naiveDollars(GAMES)).isEqualTo(9714 + 4857);
        assertThat(TRAVEL.dollars(GAMES)).isEqualTo(7286 + 4857);
    }
}
