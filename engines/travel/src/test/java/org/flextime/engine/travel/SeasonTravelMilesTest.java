package org.flextime.engine.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.RoadTripRule;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Team;
import org.flextime.domain.Venue;
import org.flextime.domain.Window;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of the road-trip model, on campuses A, B, C, D along the equator a degree of longitude apart: a
 * degree is 69.094 miles, so two degrees round to 138 miles, four to 276, six to 415, ten to 691.
 */
class SeasonTravelMilesTest {
    /** Saturday. */
    private static final LocalDate DAY0 = LocalDate.of(2026, 1, 3);

    private static Season season(RoadTripRule rule) {
        Map<String, Team> teams = new LinkedHashMap<>();
        List<String> codes = List.of("A", "B", "C", "D");
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Venue v = new Venue(code + " Arena", 1000, 0, i);
            teams.put(code, new Team(code, code + " University", code + "s", code + " City", "KS", 0, i,
                    ZoneId.of("America/Chicago"), v, v));
        }
        return new Season("tiny", "Tiny", teams, List.of(SPORT), List.of(), List.of(), rule);
    }

    /** Every team plays; the format and window matter to no rule here. */
    private static final Sport SPORT = new Sport("MBB", "Men's Basketball", List.of("A", "B", "C", "D"),
            new Format(Format.Kind.ROUND_ROBIN, 3, 0, 0, Optional.empty(), 0, List.of(), 0, 0, 0, 0, 0),
            new Window(DAY0, DAY0.plusDays(30), EnumSet.allOf(java.time.DayOfWeek.class), java.util.Set.of(), Map.of(), Map.of()),
            Optional.empty(), List.of(), List.of());

    /** Whole miles per team, in team order. */
    private static Map<String, Long> miles(RoadTripRule rule, List<Game> games) {
        return new SeasonTravel(season(rule), SPORT).summarize(games).teams().stream()
                .collect(Collectors.toMap(TeamTravel::team, TeamTravel::miles, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** A game {@code day} days after day 0; "B-A" is A at B. */
    private static Game game(String hostAndVisitor, int day) {
        String[] t = hostAndVisitor.split("-");
        return new Game("g" + day + t[0] + t[1], DAY0.plusDays(day), t[0], t[1], t[0]);
    }

    private static long milesOfA(RoadTripRule rule, Game... games) {
        return miles(rule, List.of(games)).get("A");
    }

    @Test
    void aTripContinuesToTheNextAwayGameWithinTheGap() {
        // Saturday at B, Tuesday at C (3 days): A -> B -> C -> A, four degrees
        List<Game> games = List.of(game("B-A", 0), game("C-A", 3));
        assertThat(miles(RoadTripRule.DEFAULT, games)).containsExactly(Map.entry("A", 276L), Map.entry("B", 0L),
                Map.entry("C", 0L), Map.entry("D", 0L));
        assertThat(new SeasonTravel(season(RoadTripRule.DEFAULT), SPORT).summarize(games).miles()).isEqualTo(276);
    }

    @Test
    void aLongerGapEndsTheTrip() {
        // Saturday at B, Wednesday at C (4 days): home in between, 2 x 1 + 2 x 2 degrees
        assertThat(milesOfA(RoadTripRule.DEFAULT, game("B-A", 0), game("C-A", 4))).isEqualTo(415);
        assertThat(milesOfA(new RoadTripRule(4, 7), game("B-A", 0), game("C-A", 4))).isEqualTo(276);
    }

    @Test
    void aHomeGameEndsTheTrip() {
        // at B, then C visits A, then at C: home for the home game, 2 x 1 + 2 x 2 degrees for A
        assertThat(milesOfA(RoadTripRule.DEFAULT, game("B-A", 0), game("A-C", 1), game("C-A", 2))).isEqualTo(415);
    }

    @Test
    void theMostDaysAwayEndTheTrip() {
        // at B day 0, C day 3, D day 6: 7 days away fits a 7-day cap (A -> B -> C -> D -> A, six degrees)...
        Game[] games = {game("B-A", 0), game("C-A", 3), game("D-A", 6)};
        assertThat(milesOfA(new RoadTripRule(3, 7), games)).isEqualTo(415);
        // ...a 6-day cap sends the team home from C before D: 1 + 1 + 2 + 3 + 3 degrees
        assertThat(milesOfA(new RoadTripRule(3, 6), games)).isEqualTo(691);
    }

    @Test
    void aSeriesIsOneStop() {
        // a three-game series at C is one visit even when it alone outlasts a 2-day cap: 2 x 2 degrees
        assertThat(milesOfA(new RoadTripRule(3, 2), game("C-A", 0), game("C-A", 1), game("C-A", 2))).isEqualTo(276);
        // and the cap counts the whole next series: at B day 0, series at C days 2-4 is 5 days away, over a 4-day cap
        Game[] trip = {game("B-A", 0), game("C-A", 2), game("C-A", 3), game("C-A", 4)};
        assertThat(milesOfA(new RoadTripRule(3, 4), trip)).isEqualTo(415);
        assertThat(milesOfA(new RoadTripRule(3, 5), trip)).isEqualTo(276);
    }

    @Test
    void ordersGamesByDateNotByListOrder() {
        assertThat(milesOfA(RoadTripRule.DEFAULT, game("C-A", 2), game("B-A", 0))).isEqualTo(276);
    }

    @Test
    void unknownTeamIsRejected() {
        SeasonTravel travel = new SeasonTravel(season(RoadTripRule.DEFAULT), SPORT);
        assertThatThrownBy(() -> travel.summarize(List.of(game("A-XYZ", 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XYZ");
    }
}
