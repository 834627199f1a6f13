package org.flextime.engine.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.Severity;
import tools.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

/** One test per conflict rule, each on a tiny MBB schedule, asserting the exact conflict. */
class ConflictScanTest {

    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private final ConflictScan scan = new ConflictScan(SEASON, SEASON.sport("MBB").orElseThrow());

    private static Game game(String id, String date, String home, String away, String venue) {
        return new Game(id, LocalDate.parse(date), home, away, venue);
    }

    @Test
    void aTeamBookedTwiceOnADayIsCritical() {
        List<ScheduleConflict> found = scan.bookings(List.of(
                game("g1", "2026-01-10", "KU", "BYU", "Allen Fieldhouse"),
                game("g2", "2026-01-10", "KSU", "KU", "Bramlage Coliseum")));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("team-double-booked");
            assertThat(c.family()).isEqualTo(Family.TEAM);
            assertThat(c.severity()).isEqualTo(ConflictSeverity.CRITICAL);
            assertThat(c.subject()).isEqualTo("KU");
            assertThat(c.gameIds()).containsExactly("g1", "g2");
            assertThat(c.parties()).containsExactly("BYU", "KSU", "KU", "Allen Fieldhouse", "Bramlage Coliseum");
            assertThat(c.explanation()).startsWith("KU plays 2 games on Saturday 2026-01-10, at most 1 allowed "
                    + "(g1 BYU at KU, g2 KU at KSU). move g2 to ");
            assertThat(c.source()).isEqualTo("rule games-per-day");
        });
    }

    @Test
    void aVenueHostingTwoGamesOnADayIsCritical() {
        List<ScheduleConflict> found = scan.bookings(List.of(
                game("g1", "2026-01-10", "KU", "BYU", "Allen Fieldhouse"),
                game("g2", "2026-01-10", "KSU", "TCU", "Allen Fieldhouse")));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("venue-double-booked");
            assertThat(c.family()).isEqualTo(Family.VENUE);
            assertThat(c.severity()).isEqualTo(ConflictSeverity.CRITICAL);
            assertThat(c.subject()).isEqualTo("Allen Fieldhouse");
        });
    }

    @Test
    void aFlightTheDayAfterAGameLeavesTooLittleRest() {
        List<ScheduleConflict> found = scan.rest(List.of(
                game("g1", "2026-01-05", "UCF", "KU", "Addition Financial Arena"),
                game("g2", "2026-01-06", "WVU", "UCF", "WVU Coliseum")));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("team-rest-travel");
            assertThat(c.severity()).isEqualTo(ConflictSeverity.HIGH);
            assertThat(c.subject()).isEqualTo("UCF");
            assertThat(c.date()).isEqualTo(LocalDate.parse("2026-01-06"));
            assertThat(c.explanation()).isEqualTo("UCF plays at home against KU on Monday 2026-01-05 and at WVU on Tuesday "
                    + "2026-01-06: 24 h apart, but 765 miles by air take 4.7 h and the team needs 20 h of recovery, 24.7 h in all");
        });
    }

    @Test
    void aShortBusRideTheDayAfterLeavesEnoughRest() {
        assertThat(scan.rest(List.of(
                game("g1", "2026-01-05", "ARIZ", "KU", "McKale Center"),
                game("g2", "2026-01-06", "ASU", "KU", "Desert Financial Arena")))).isEmpty();
    }

    @Test
    void fourGamesInSevenDaysAreTooMany() {
        List<ScheduleConflict> found = scan.span(List.of(
                game("g1", "2026-01-03", "KU", "BYU", "Allen Fieldhouse"),
                game("g2", "2026-01-05", "KSU", "KU", "Bramlage Coliseum"),
                game("g3", "2026-01-07", "KU", "TCU", "Allen Fieldhouse"),
                game("g4", "2026-01-09", "ISU", "KU", "Hilton Coliseum")));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("team-games-in-span");
            assertThat(c.severity()).isEqualTo(ConflictSeverity.MEDIUM);
            assertThat(c.gameIds()).containsExactly("g1", "g2", "g3", "g4");
            assertThat(c.explanation()).isEqualTo("KU plays 4 games in 7 days from Saturday 2026-01-03, at most 3 allowed "
                    + "(g1 BYU at KU, g2 KU at KSU, g3 TCU at KU, g4 KU at ISU)");
        });
    }

    @Test
    void anotherSportAtTheVenueOnTheSameDayIsCritical() {
        List<ScheduleConflict> found = scan.sharedVenues(List.of(game("g1", "2026-01-10", "KU", "BYU", "Allen Fieldhouse")),
                Map.of("WBB", List.of(game("w7", "2026-01-10", "KU", "TCU", "Allen Fieldhouse"))));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("venue-shared-booked");
            assertThat(c.severity()).isEqualTo(ConflictSeverity.CRITICAL);
            assertThat(c.explanation()).isEqualTo("Allen Fieldhouse hosts MBB g1 BYU at KU and WBB w7 TCU at KU on Saturday 2026-01-10:"
                    + " one arena, two events");
        });
    }

    @Test
    void aGameWithItsOwnEarlyStartAndAnotherSportsEveningGameAtTheVenueMakeADoubleheader() {
        // 13:00 and WBB's usual 19:00: a 3 h game and a 3 h turnaround fit exactly
        Game early = game("g1", "2026-01-10", "KU", "BYU", "Allen Fieldhouse").withStart(LocalTime.of(13, 0));
        assertThat(scan.sharedVenues(List.of(early), Map.of("WBB", List.of(game("w7", "2026-01-10", "KU", "TCU", "Allen Fieldhouse")))))
                .isEmpty();
    }

    @Test
    void startsOfOneDayCloserThanAGameAndATurnaroundStayCritical() {
        Game afternoon = game("g1", "2026-01-10", "KU", "BYU", "Allen Fieldhouse").withStart(LocalTime.of(14, 0));
        List<ScheduleConflict> found = scan.sharedVenues(List.of(afternoon),
                Map.of("WBB", List.of(game("w7", "2026-01-10", "KU", "TCU", "Allen Fieldhouse"))));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("venue-shared-booked");
            assertThat(c.severity()).isEqualTo(ConflictSeverity.CRITICAL);
            assertThat(c.explanation()).isEqualTo("Allen Fieldhouse hosts MBB g1 BYU at KU and WBB w7 TCU at KU at 19:00 on Saturday"
                    + " 2026-01-10: one arena, two events, less than 6 h apart (a 3 h game and a 3 h turnaround)");
        });
    }

    @Test
    void theSetsVenueTurnaroundRuleSaysHowFarApartTwoEventsOfADayMustStart() {
        ConstraintSet set = new ConstraintSet("MBB", "2025-26", List.of(new RuleDefinition("turnaround", "venue-turnaround",
                Severity.SOFT, 1, JsonNodeFactory.instance.objectNode().put("minHours", 4).put("gameHours", 3))));
        ConflictScan strict = new ConflictScan(SEASON, SEASON.sport("MBB").orElseThrow(), set);
        Game early = game("g1", "2026-01-10", "KU", "BYU", "Allen Fieldhouse").withStart(LocalTime.of(13, 0));
        Map<String, List<Game>> women = Map.of("WBB", List.of(game("w7", "2026-01-10", "KU", "TCU", "Allen Fieldhouse")));
        assertThat(strict.sharedVenues(List.of(early), women)).extracting(ScheduleConflict::kind).containsExactly("venue-shared-booked");
        assertThat(strict.sharedVenues(List.of(early.withStart(LocalTime.of(12, 0))), women)).isEmpty();
    }

    @Test
    void theOtherSportsOwnStartCountsToo() {
        // the women's game has its own noon start; the men's game none (usual 19:00): 7 h apart
        Game noon = game("w7", "2026-01-10", "KU", "TCU", "Allen Fieldhouse").withStart(LocalTime.of(12, 0));
        assertThat(scan.sharedVenues(List.of(game("g1", "2026-01-10", "KU", "BYU", "Allen Fieldhouse")), Map.of("WBB", List.of(noon))))
                .isEmpty();
    }

    @Test
    void anotherSportAtTheVenueTheDayBeforeLeavesNoTurnaround() {
        List<ScheduleConflict> found = scan.sharedVenues(List.of(game("g1", "2026-01-10", "KU", "BYU", "Allen Fieldhouse")),
                Map.of("WBB", List.of(game("w7", "2026-01-09", "KU", "TCU", "Allen Fieldhouse"))));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("venue-turnaround");
            assertThat(c.severity()).isEqualTo(ConflictSeverity.LOW);
        });
    }

    @Test
    void byuOnSundayIsACriticalBlackout() {
        List<ScheduleConflict> found = scan.calendar(List.of(game("g1", "2026-01-04", "KU", "BYU", "Allen Fieldhouse")));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("calendar-blackout");
            assertThat(c.severity()).isEqualTo(ConflictSeverity.CRITICAL);
            assertThat(c.subject()).isEqualTo("BYU");
            assertThat(c.explanation()).isEqualTo("BYU may not compete on Sunday 2026-01-04 (no competition on Sundays, in every sport),"
                    + " but plays g1 BYU at KU");
            assertThat(c.source()).isEqualTo("blackout: no competition on Sundays, in every sport");
        });
    }

    @Test
    void aGameOutsideTheSportsWindowIsCritical() {
        assertThat(scan.calendar(List.of(game("g1", "2026-03-10", "KU", "KSU", "Allen Fieldhouse"))))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo("calendar-window");
                    assertThat(c.explanation()).isEqualTo("g1 KSU at KU is on Tuesday 2026-03-10, outside the MBB season 2025-12-30 to 2026-03-07");
                });
    }

    @Test
    void aDayTheSportDoesNotPlayOnIsMedium() {
        assertThat(scan.calendar(List.of(game("g1", "2026-01-09", "KU", "KSU", "Allen Fieldhouse"))))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo("calendar-play-day");
                    assertThat(c.severity()).isEqualTo(ConflictSeverity.MEDIUM);
                    assertThat(c.explanation()).isEqualTo("g1 KSU at KU is on a Friday, not a MBB play day for KU and KSU");
                });
    }

    @Test
    void aHardViolationNoOtherFamilyExplainsIsARulesConflict() {
        Game g1 = game("g1", "2026-01-10", "KU", "BYU", "Allen Fieldhouse");
        Game g2 = game("g2", "2026-01-10", "KSU", "KU", "Bramlage Coliseum");
        Game g3 = game("g3", "2026-01-14", "KU", "TCU", "Allen Fieldhouse");
        List<ScheduleConflict> found = scan.detect(List.of(g1, g2, g3), Map.of(), List.of(
                new RuleViolation("games-per-day", "KU plays twice", List.of("g2", "g1"), List.of("KU")),
                new RuleViolation("max-road-streak", "KU plays too many road games", List.of("g3", "g2"), List.of("KU", "TCU"))));
        assertThat(found).filteredOn(c -> c.family() == Family.RULES).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("rule:max-road-streak");
            assertThat(c.severity()).isEqualTo(ConflictSeverity.HIGH);
            assertThat(c.date()).isEqualTo(LocalDate.parse("2026-01-10"));
            assertThat(c.parties()).containsExactly("KU", "TCU");
            assertThat(c.source()).isEqualTo("active constraint set, rule max-road-streak");
        });
    }

    @Test
    void aGameAtAVenueOnOneOfItsUnavailableDatesInTheActiveSetIsACriticalVenueConflict() {
        ConflictScan underSet = new ConflictScan(SEASON, SEASON.sport("MBB").orElseThrow(), new ConstraintSet("MBB", "2025-26",
                List.of(new RuleDefinition("arena-closed", "venue-availability", Severity.HARD, 1, JsonNodeFactory.instance.objectNode()))));
        Game g1 = game("g1", "2026-01-10", "KU", "BYU", "Allen Fieldhouse");
        List<ScheduleConflict> found = underSet.detect(List.of(g1), Map.of(), List.of(new RuleViolation("arena-closed",
                "g1 BYU at KU on 2026-01-10 is at Allen Fieldhouse, unavailable 2026-01-09 to 2026-01-11: concert", List.of("g1"),
                List.of("KU"))));
        assertThat(found).filteredOn(c -> c.kind().equals("venue-unavailable")).singleElement().satisfies(c -> {
            assertThat(c.family()).isEqualTo(Family.VENUE);
            assertThat(c.severity()).isEqualTo(ConflictSeverity.CRITICAL);
            assertThat(c.subject()).isEqualTo("Allen Fieldhouse");
            assertThat(c.parties()).containsExactly("BYU", "KU", "Allen Fieldhouse");
            assertThat(c.source()).isEqualTo("active constraint set, rule arena-closed");
        });
        assertThat(found).noneMatch(c -> c.family() == Family.RULES);
    }

    @Test
    void aGameInAnExamPeriodOfTheActiveSetIsAHighCalendarConflictPerTeam() {
        ConflictScan underSet = new ConflictScan(SEASON, SEASON.sport("MBB").orElseThrow(), new ConstraintSet("MBB", "2025-26",
                List.of(new RuleDefinition("exams", "exam-periods", Severity.HARD, 1, JsonNodeFactory.instance.objectNode()))));
        Game g1 = game("g1", "2026-01-10", "KU", "BYU", "Allen Fieldhouse");
        List<ScheduleConflict> found = underSet.detect(List.of(g1), Map.of(), List.of(
                new RuleViolation("exams", "KU plays g1 BYU at KU on 2026-01-10 during finals", List.of("g1"), List.of("KU")),
                new RuleViolation("exams", "BYU plays g1 BYU at KU on 2026-01-10 during finals", List.of("g1"), List.of("BYU"))));
        assertThat(found).filteredOn(c -> c.kind().equals("calendar-exam-period")).extracting(ScheduleConflict::subject)
                .containsExactly("BYU", "KU");
        assertThat(found).filteredOn(c -> c.kind().equals("calendar-exam-period")).allSatisfy(c -> {
            assertThat(c.family()).isEqualTo(Family.CALENDAR);
            assertThat(c.severity()).isEqualTo(ConflictSeverity.HIGH);
        });
    }
}
