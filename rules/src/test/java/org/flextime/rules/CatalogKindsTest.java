package org.flextime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.flextime.rules.TinySchedule.game;
import static org.flextime.rules.TinySchedule.games;
import static org.flextime.rules.TinySchedule.validate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Window;
import org.junit.jupiter.api.Test;

/**
 * The rule kinds (and parameters) that the scheduler's optimizer used to evaluate on its own and that the season's
 * prose states: one test each on the tiny schedule, asserting the exact penalty.
 *
 * <p>The tiny schedule by team: BYU H H A A (Mon 17, Thu 20, Sat 22, Mon 24), KU H A H A, KSU A A H H, UTAH A H A H.
 */
class CatalogKindsTest {

    @Test
    void aTeamTwiceOnOneDayIsADoubleBooking() {
        List<Game> games = games();
        games.add(game("g009", "2025-11-17", "KU", "UTAH"));
        ValidationReport report = validate("""
                {"id":"double-booking","kind":"games-per-day","severity":"HARD","params":{"max":1}}""", games);
        assertThat(report.violations()).extracting(v -> v.teams().get(0), Violation::penalty)
                .containsExactly(tuple("KU", 1), tuple("UTAH", 1));
        assertThat(report.violations().get(0).explanation())
                .isEqualTo("KU plays 2 games on Monday 2025-11-17, at most 1 allowed (g002 KSU at KU, g009 UTAH at KU)");
        assertThat(report.hardViolations()).isEqualTo(2);
    }

    @Test
    void aVenueHostingTwoGamesOnOneDayIsAVenueDoubleBooking() {
        // g009 is played at KU's arena on the day KU already hosts g002 there
        List<Game> games = games();
        games.add(new Game("g009", LocalDate.parse("2025-11-17"), "BYU", "UTAH", "KU arena"));
        ValidationReport report = validate("""
                {"id":"venue-double-booked","kind":"games-per-day","severity":"HARD","params":{"max":1,"per":"venue"}}""", games);
        assertThat(report.violations()).extracting(v -> v.teams(), Violation::penalty, Violation::gameIds)
                .containsExactly(tuple(List.of("KU", "BYU"), 1, List.of("g002", "g009")));
        assertThat(report.violations().get(0).explanation())
                .isEqualTo("KU arena hosts 2 games on Monday 2025-11-17, at most 1 allowed (g002 KSU at KU, g009 UTAH at BYU)");
        assertThat(report.hardViolations()).isEqualTo(1);
    }

    @Test
    void roadGamesInWeeksCountsEachWindowFromARoadGame() {
        // every team has two road games within 7 days of its first road game (and not from the second)
        ValidationReport report = validate("""
                {"id":"road-games-in-weeks","kind":"road-games-in-weeks","severity":"SOFT","weight":3,"params":{"games":2,"weeks":1}}""");
        assertThat(report.violations()).extracting(v -> v.teams().get(0), Violation::penalty)
                .containsExactly(tuple("BYU", 3), tuple("KU", 3), tuple("KSU", 3), tuple("UTAH", 3));
        assertThat(report.violations().get(0).explanation()).isEqualTo(
                "BYU plays 2 road games in the 1 weeks from 2025-11-22, fewer than 2 allowed (g005 BYU at KSU, g007 BYU at UTAH)");
        assertThat(report.softPenalty()).isEqualTo(12);
    }

    @Test
    void aHomeGameInTheFirstAndLastWeeksOfTheWindow() {
        // nobody plays in the window's last week (Dec 15-21); with g004 at KSU, UTAH has no home game in the first week
        List<Game> games = games();
        games.set(3, game("g004", "2025-11-20", "KSU", "UTAH"));
        ValidationReport report = validate("""
                {"id":"home-game-in-end-weeks","kind":"ends-home-weeks","severity":"SOFT","params":{"weeks":1}}""", games);
        assertThat(report.violations()).extracting(v -> v.teams().get(0), Violation::penalty)
                .containsExactly(tuple("BYU", 1), tuple("KU", 1), tuple("KSU", 1), tuple("UTAH", 1), tuple("UTAH", 1));
        assertThat(report.violations().get(3).explanation())
                .startsWith("UTAH has no home game in the first 1 weeks (2025-11-17 to 2025-11-23): ");
        assertThat(report.softPenalty()).isEqualTo(5);
    }

    @Test
    void straightWeeksWithoutAHomeGameBeyondTheLimit() {
        // five weeks; BYU and KU host only in week 1 (a run of 4: 2 beyond), KSU and UTAH in weeks 1-2 (a run of 3: 1)
        ValidationReport report = validate("""
                {"id":"weeks-without-home","kind":"weeks-without-home","severity":"SOFT","weight":10,"params":{"weeks":3}}""");
        assertThat(report.violations()).extracting(v -> v.teams().get(0), Violation::penalty)
                .containsExactly(tuple("BYU", 20), tuple("KU", 20), tuple("KSU", 10), tuple("UTAH", 10));
        assertThat(report.violations().get(0).explanation())
                .isEqualTo("BYU has no home game in 4 straight weeks (2025-11-24 to 2025-12-21), fewer than 3 allowed");
        assertThat(report.softPenalty()).isEqualTo(60);
    }

    @Test
    void weekendTripsAndHomeStandsPairTravelPartners() {
        // weekend of Thu Nov 20 (to Mon 24): BYU and KU visit two non-partners, KSU and UTAH host two (1 each);
        // nobody has a paired road weekend (1 short each); BYU and UTAH, travel partners, meet twice, not once (1 each)
        ValidationReport report = validate("""
                {"id":"travel-partner-weekends","kind":"travel-partner-weekends","severity":"SOFT",
                 "params":{"minAwayAway":1,"partnerMeetings":1}}""");
        assertThat(report.violations()).extracting(v -> v.teams().get(0), Violation::penalty).containsExactly(
                tuple("BYU", 1), tuple("BYU", 1), tuple("BYU", 1), tuple("KU", 1), tuple("KU", 1), tuple("KSU", 1), tuple("KSU", 1),
                tuple("UTAH", 1), tuple("UTAH", 1), tuple("UTAH", 1));
        assertThat(report.violations().get(0).explanation()).isEqualTo(
                "BYU's road weekend of 2025-11-20 visits teams that are not travel partners (g005 BYU at KSU, g007 BYU at UTAH)");
        assertThat(report.softPenalty()).isEqualTo(10);
        // BYU and UTAH visiting KU together is a paired weekend for neither host (KU hosts two partners): nothing for KU
        List<Game> paired = List.of(game("g001", "2025-11-20", "KU", "BYU"), game("g002", "2025-11-22", "KU", "UTAH"));
        assertThat(validate("""
                {"id":"travel-partner-weekends","kind":"travel-partner-weekends","severity":"SOFT","params":{}}""", paired)
                .violations()).isEmpty();
    }

    @Test
    void weekendHomeGamesAsAShareOfTheTeamsWeekendGames() {
        // Monday and Saturday games: BYU 3 (1 home), KU 3 (2), KSU 3 (2), UTAH 3 (1); all of them wanted at home
        ValidationReport report = validate("""
                {"id":"weekend-home-games","kind":"weekend-home-games","severity":"SOFT","params":{"minShare":100,"days":["MON","SAT"]}}""");
        assertThat(report.violations()).extracting(v -> v.teams().get(0), Violation::penalty)
                .containsExactly(tuple("BYU", 2), tuple("KU", 1), tuple("KSU", 1), tuple("UTAH", 2));
        assertThat(report.softPenalty()).isEqualTo(6);
    }

    @Test
    void theCompanionSportsHomeGamesAreEventsOfTheSchool() {
        ConstraintSet set = TinySchedule.only("""
                {"id":"shared-home-day","kind":"home-events-per-day","severity":"SOFT","weight":200,"params":{"max":1,"companion":"MBB"}}""");
        assertThat(DefaultRules.companionOf(set)).contains("MBB");
        List<Game> mens = List.of(game("m1", "2025-11-20", "BYU", "KU"), game("m2", "2025-11-21", "KSU", "UTAH"));
        ValidationReport report = new RuleCompiler().compile(DefaultRules.withCompanion(set, "MBB", mens), TinySchedule.SEASON)
                .validate(games());
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.penalty()).isEqualTo(200);
            assertThat(v.explanation()).isEqualTo("BYU hosts 2 events on 2025-11-20 (g003 KU at BYU, MBB m1 KU at BYU), at most 1 allowed");
        });
        assertThat(new RuleCompiler().compile(set, TinySchedule.SEASON).validate(games()).violations()).isEmpty();
    }

    @Test
    void streaksAndRestCountASeriesAsOneMeeting() {
        Sport series = new Sport("S4", "Series Four", List.of("BYU", "KU", "KSU", "UTAH"),
                new Format(Format.Kind.SERIES, 0, 0, 0, Optional.empty(), 3, List.of(), 0, 0, 3, 3, 0),
                new Window(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 29), EnumSet.allOf(DayOfWeek.class), null, null, null),
                Optional.empty(), List.of(), List.of());
        Season season = new Season("test", TinySchedule.REAL.conference(), TinySchedule.REAL.teams(), List.of(series),
                List.of(), TinySchedule.REAL.travelPartners(), TinySchedule.REAL.roadTrips());
        // KU hosts BYU Fri-Sun, then KSU Fri-Sun: two home meetings (six home games) in a row, 4 rest days in between (2 short of 6)
        List<Game> games = List.of(game("g1", "2026-03-13", "KU", "BYU"), game("g2", "2026-03-14", "KU", "BYU"),
                game("g3", "2026-03-15", "KU", "BYU"), game("g4", "2026-03-20", "KU", "KSU"), game("g5", "2026-03-21", "KU", "KSU"),
                game("g6", "2026-03-22", "KU", "KSU"));
        ValidationReport streak = new RuleCompiler().compile(new ConstraintSet("S4", "test", List.of(
                new RuleDefinition("home-streak", "max-consecutive", Severity.SOFT, 300,
                        TinySchedule.JSON.readTree("{\"side\":\"home\",\"max\":1,\"count\":\"meetings\"}")),
                new RuleDefinition("rest", "rest-days", Severity.SOFT, 100,
                        TinySchedule.JSON.readTree("{\"minDays\":6,\"count\":\"meetings\"}")))), season).validate(games);
        assertThat(streak.violations()).extracting(Violation::rule, v -> v.teams().get(0), Violation::penalty)
                .containsExactly(tuple("home-streak", "KU", 300), tuple("rest", "KU", 200));
        assertThat(streak.violations().get(0).explanation()).startsWith("KU plays 2 home meetings in a row, at most 1 allowed");
        assertThat(streak.softPenalty()).isEqualTo(500);
    }
}
