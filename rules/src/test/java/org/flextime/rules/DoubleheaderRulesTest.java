package org.flextime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.flextime.rules.TinySchedule.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.flextime.domain.Game;
import org.flextime.domain.Sport;
import org.junit.jupiter.api.Test;

/**
 * Doubleheaders, two games of one series on one day: {@code games-per-day} with {@code doubleheaders: true} lets
 * them pass, the {@code doubleheader} rule prices them, and the default sets of series sports use both.
 */
class DoubleheaderRulesTest {
    private static final String DOUBLE_BOOKING = """
            {"id":"double-booking","kind":"games-per-day","severity":"HARD","params":{"max":1,"doubleheaders":true}}""";
    private static final String VENUE_DOUBLE_BOOKING = """
            {"id":"venue-double-booked","kind":"games-per-day","severity":"HARD",
             "params":{"max":1,"per":"venue","doubleheaders":true}}""";
    private static final String DOUBLEHEADER = """
            {"id":"doubleheader","kind":"doubleheader","severity":"SOFT","weight":300}""";

    private static Game game(String id, String date, String home, String away, String venue) {
        return new Game(id, LocalDate.parse(date), home, away, venue);
    }

    private static Game atKu(String id, String date, String away) {
        return game(id, date, "KU", away, "KU park");
    }

    @Test
    void aDoubleheaderOfOneSeriesIsNoDoubleBooking() {
        List<Game> series = List.of(atKu("g1", "2025-11-22", "KSU"), atKu("g2", "2025-11-22", "KSU"),
                atKu("g3", "2025-11-23", "KSU"));
        assertThat(validate(DOUBLE_BOOKING, series).violations()).isEmpty();
        assertThat(validate(VENUE_DOUBLE_BOOKING, series).violations()).isEmpty();
    }

    @Test
    void withoutTheParameterADoubleheaderIsADoubleBookingOfBothTeams() {
        List<Game> series = List.of(atKu("g1", "2025-11-22", "KSU"), atKu("g2", "2025-11-22", "KSU"));
        ValidationReport report = validate("""
                {"id":"double-booking","kind":"games-per-day","severity":"HARD","params":{"max":1}}""", series);
        assertThat(report.violations()).extracting(v -> v.teams().get(0), Violation::penalty)
                .containsExactly(tuple("KU", 1), tuple("KSU", 1));
        assertThat(report.hardViolations()).isEqualTo(2);
    }

    @Test
    void twoOpponentsOnOneDayStayADoubleBooking() {
        ValidationReport report = validate(DOUBLE_BOOKING,
                List.of(atKu("g1", "2025-11-22", "KSU"), atKu("g2", "2025-11-22", "UTAH")));
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.teams()).containsExactly("KU");
            assertThat(v.penalty()).isEqualTo(1);
            assertThat(v.explanation()).isEqualTo(
                    "KU plays 2 games on Saturday 2025-11-22, at most 1 allowed (g1 KSU at KU, g2 UTAH at KU)");
        });
        assertThat(report.hardViolations()).isEqualTo(1);
    }

    @Test
    void theSameOpponentsAtAnotherVenueTheSameDayAreADoubleBooking() {
        // two ballparks on one day is no series doubleheader: both teams would be in two places
        ValidationReport report = validate(DOUBLE_BOOKING,
                List.of(atKu("g1", "2025-11-22", "KSU"), game("g2", "2025-11-22", "KU", "KSU", "Kauffman Stadium")));
        assertThat(report.violations()).extracting(v -> v.teams().get(0), Violation::penalty)
                .containsExactly(tuple("KU", 1), tuple("KSU", 1));
        assertThat(report.hardViolations()).isEqualTo(2);
    }

    @Test
    void theSameTeamsWithTheHostSwappedAreNotOneSeries() {
        ValidationReport report = validate(DOUBLE_BOOKING,
                List.of(atKu("g1", "2025-11-22", "KSU"), game("g2", "2025-11-22", "KSU", "KU", "KU park")));
        assertThat(report.hardViolations()).isEqualTo(2);
    }

    @Test
    void aDoubleheaderAndAnotherGameOnOneDayAreOneBookingTooMany() {
        ValidationReport report = validate(DOUBLE_BOOKING, List.of(atKu("g1", "2025-11-22", "KSU"),
                atKu("g2", "2025-11-22", "KSU"), atKu("g3", "2025-11-22", "UTAH")));
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.teams()).containsExactly("KU");
            assertThat(v.penalty()).isEqualTo(1);
            assertThat(v.gameIds()).containsExactly("g1", "g2", "g3");
            assertThat(v.explanation()).isEqualTo("KU plays 3 games on Saturday 2025-11-22, at most 1 allowed, a doubleheader"
                    + " counting once (g1 KSU at KU, g2 KSU at KU, g3 UTAH at KU)");
        });
    }

    @Test
    void threeGamesOfOneSeriesOnOneDayAreOneBookingTooManyForEachTeam() {
        ValidationReport report = validate(DOUBLE_BOOKING, List.of(atKu("g1", "2025-11-22", "KSU"),
                atKu("g2", "2025-11-22", "KSU"), atKu("g3", "2025-11-22", "KSU")));
        assertThat(report.violations()).extracting(v -> v.teams().get(0), Violation::penalty)
                .containsExactly(tuple("KU", 1), tuple("KSU", 1));
    }

    @Test
    void aVenueHostingADoubleheaderAndAnotherSeriesIsDoubleBooked() {
        ValidationReport report = validate(VENUE_DOUBLE_BOOKING, List.of(atKu("g1", "2025-11-22", "KSU"),
                atKu("g2", "2025-11-22", "KSU"), game("g3", "2025-11-22", "UTAH", "BYU", "KU park")));
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.teams()).containsExactly("KU", "UTAH");
            assertThat(v.penalty()).isEqualTo(1);
        });
    }

    @Test
    void eachDoubleheaderCostsItsWeightOnce() {
        List<Game> series = List.of(atKu("g1", "2025-11-22", "KSU"), atKu("g2", "2025-11-22", "KSU"),
                atKu("g3", "2025-11-23", "KSU"));
        ValidationReport report = validate(DOUBLEHEADER, series);
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.SOFT);
            assertThat(v.penalty()).isEqualTo(300);
            assertThat(v.teams()).containsExactly("KU", "KSU");
            assertThat(v.gameIds()).containsExactly("g1", "g2");
            assertThat(v.explanation()).isEqualTo("KSU and KU play a doubleheader on Saturday 2025-11-22 (g1 KSU at KU, g2 KSU at KU)");
        });
        assertThat(report.softPenalty()).isEqualTo(300);
        assertThat(report.hardViolations()).isZero();
    }

    @Test
    void gamesOnOneDayThatAreNoSeriesAreNoDoubleheader() {
        List<Game> games = List.of(atKu("g1", "2025-11-22", "KSU"), atKu("g2", "2025-11-22", "UTAH"),
                game("g3", "2025-11-23", "BYU", "KSU", "BYU park"), game("g4", "2025-11-23", "BYU", "KSU", "Kauffman Stadium"));
        assertThat(validate(DOUBLEHEADER, games).violations()).isEmpty();
    }

    @Test
    void doubleheadersMustBeTrueOrFalse() {
        assertThatThrownBy(() -> new RuleCompiler().compile(TinySchedule.only("""
                {"id":"x","kind":"games-per-day","severity":"HARD","params":{"doubleheaders":"yes"}}"""), TinySchedule.SEASON))
                .isInstanceOfSatisfying(RuleDefinitionException.class,
                        e -> assertThat(e.path()).isEqualTo("$.rules[0].params.doubleheaders"));
    }

    @Test
    void seriesSportsAllowAndPriceDoubleheadersAndNoOtherSportDoes() {
        for (Sport sport : TinySchedule.REAL.sports()) {
            ConstraintSet set = new DefaultRules().forSport(TinySchedule.REAL, sport);
            RuleDefinition booking = set.rule("double-booking").orElseThrow();
            boolean series = sport.code().equals("BSB") || sport.code().equals("SB");
            assertThat(booking.params().has("doubleheaders")).as(sport.code()).isEqualTo(series);
            assertThat(set.rule("doubleheader").map(r -> r.severity() + " " + r.weight() + " " + r.kind()))
                    .as(sport.code()).isEqualTo(series ? Optional.of("SOFT 300 doubleheader") : Optional.empty());
        }
    }

    @Test
    void byusOpeningBaseballDoubleheaderIsLegalAndCostsOnlyItsWeight() {
        // baseball opens on Friday 2026-03-13 and BYU's Sunday is blacked out: its series is Friday plus a Saturday doubleheader
        Sport bsb = TinySchedule.REAL.sport("BSB").orElseThrow();
        List<Game> series = List.of(game("g1", "2026-03-13", "KU", "BYU", "Hoglund Ballpark"),
                game("g2", "2026-03-14", "KU", "BYU", "Hoglund Ballpark"), game("g3", "2026-03-14", "KU", "BYU", "Hoglund Ballpark"));
        ValidationReport report = new ScheduleValidator().validate(TinySchedule.REAL, bsb, series);
        assertThat(report.ofRule("double-booking")).isEmpty();
        assertThat(report.ofRule("doubleheader")).extracting(Violation::penalty).containsExactly(300);
    }
}
