package org.flextime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.rules.TinySchedule.game;
import static org.flextime.rules.TinySchedule.games;
import static org.flextime.rules.TinySchedule.validate;

import java.util.List;
import org.flextime.domain.Game;
import org.junit.jupiter.api.Test;

/** One test per rule kind the set can hold beyond the format defaults: a tiny schedule, the exact penalty. */
class RuleKindsTest {

    @Test
    void theTinyScheduleBreaksNoDefaultRule() {
        ValidationReport report = new RuleCompiler().compile(new DefaultRules().forSport(TinySchedule.SEASON, TinySchedule.SPORT),
                TinySchedule.SEASON).validate(games());
        assertThat(report.violations()).isEmpty();
    }

    @Test
    void restDaysCountTheDaysMissingPerTeam() {
        // minDays 2: every team plays Mon 17, Thu 20, Sat 22, Mon 24: Thu-Sat leaves 1 rest day, Sat-Mon 1
        ValidationReport report = validate("""
                {"id":"two-rest-days","kind":"rest-days","severity":"HARD","params":{"minDays":2}}""");
        assertThat(report.violations()).hasSize(8).allMatch(v -> v.penalty() == 1);
        assertThat(report.violations().get(0).explanation())
                .isEqualTo("BYU has 1 rest days between 2025-11-20 and 2025-11-22 (g003 KU at BYU, g005 BYU at KSU), at least 2 rest days required");
        assertThat(report.hardViolations()).isEqualTo(8);
    }

    @Test
    void maxConsecutiveHomeGamesCountsTheGamesBeyondMax() {
        ValidationReport report = validate("""
                {"id":"home-streak","kind":"max-consecutive","severity":"SOFT","weight":3,"params":{"side":"home","max":1}}""");
        // BYU opens with two home games; KU hosts g002 and g006 around its trip to BYU (no streak); KSU closes with two
        assertThat(report.violations()).extracting(Violation::teams, Violation::penalty)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("BYU"), 3), org.assertj.core.groups.Tuple.tuple(List.of("KSU"), 3));
        assertThat(report.violations().get(0).explanation()).isEqualTo("BYU plays 2 home games in a row, at most 1 allowed (g001 UTAH at BYU, g003 KU at BYU)");
        assertThat(report.softPenalty()).isEqualTo(6);
    }

    @Test
    void rematchSeparationCountsGamesAndDaysMissingPerTeam() {
        // each rematch is 3 games and 7 days after the first meeting: 1 game and 3 days short, for each of the four teams
        ValidationReport report = validate("""
                {"id":"rematch-separation","kind":"rematch-separation","severity":"HARD","params":{"minGames":4,"minDays":10}}""");
        assertThat(report.violations()).hasSize(4).allMatch(v -> v.penalty() == 4);
        assertThat(report.violations().get(0)).satisfies(v -> {
            assertThat(v.explanation()).isEqualTo("BYU meets UTAH again 3 games and 7 days later (g001 UTAH at BYU, g007 BYU at UTAH), "
                    + "at least 4 games and 10 days required");
            assertThat(v.gameIds()).containsExactly("g001", "g007");
            assertThat(v.teams()).containsExactly("BYU", "UTAH");
        });
    }

    @Test
    void weekendHomeGamesCountTheGamesMissingPerTeam() {
        // Saturday home games: KU g006 and KSU g005; BYU and UTAH host none
        ValidationReport report = validate("""
                {"id":"weekend-home-games","kind":"weekend-home-games","severity":"SOFT","params":{"min":2,"days":["SAT","SUN"]}}""");
        assertThat(report.violations()).extracting(v -> v.teams().get(0), Violation::penalty).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BYU", 2), org.assertj.core.groups.Tuple.tuple("KU", 1),
                org.assertj.core.groups.Tuple.tuple("KSU", 1), org.assertj.core.groups.Tuple.tuple("UTAH", 2));
        assertThat(report.softPenalty()).isEqualTo(6);
    }

    @Test
    void venueAvailabilityCountsEachGameOnAClosedDate() {
        ValidationReport report = validate("""
                {"id":"arena-closed","kind":"venue-availability","severity":"HARD","params":{"unavailable":[
                  {"venue":"BYU arena","from":"2025-11-19","to":"2025-11-21","reason":"concert"}]}}""");
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.penalty()).isEqualTo(1);
            assertThat(v.gameIds()).containsExactly("g003");
            assertThat(v.explanation()).isEqualTo("g003 KU at BYU on 2025-11-20 is at BYU arena, unavailable 2025-11-19 to 2025-11-21: concert");
        });
    }

    @Test
    void sharedVenueTurnaroundCountsTheHoursMissing() {
        // g002 at KU arena runs 19:00-22:00 on the 17th; the women's game starts 12:00 on the 18th: 14 hours, 24 required
        ValidationReport report = validate("""
                {"id":"arena-turnaround","kind":"venue-turnaround","severity":"SOFT","weight":2,"params":{"minHours":24,
                  "bookings":[{"venue":"KU arena","start":"2025-11-18T12:00","end":"2025-11-18T15:00","label":"KU WBB vs TCU"}]}}""");
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.penalty()).isEqualTo(20);
            assertThat(v.gameIds()).containsExactly("g002");
            assertThat(v.explanation()).isEqualTo("KU arena has 14 hours between g002 KSU at KU (ends 2025-11-17T22:00) and KU WBB vs TCU "
                    + "(starts 2025-11-18T12:00), at least 24 hours required");
        });
    }

    @Test
    void sharedVenueTurnaroundTakesAGamesOwnStartOverTheRulesStartHour() {
        // g002 at KU arena has its own 13:00 start, so it runs 13:00-16:00; the women's game starts 18:00: 2 hours, 4 required
        List<Game> games = TinySchedule.games();
        games.replaceAll(g -> g.id().equals("g002") ? g.withStart(java.time.LocalTime.of(13, 0)) : g);
        ValidationReport report = validate("""
                {"id":"arena-turnaround","kind":"venue-turnaround","severity":"SOFT","params":{"minHours":4,
                  "bookings":[{"venue":"KU arena","start":"2025-11-17T18:00","end":"2025-11-17T20:00","label":"KU WBB vs TCU"}]}}""", games);
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.penalty()).isEqualTo(2);
            assertThat(v.explanation()).isEqualTo("KU arena has 2 hours between g002 KSU at KU (ends 2025-11-17T16:00) and KU WBB vs TCU "
                    + "(starts 2025-11-17T18:00), at least 4 hours required");
        });
    }

    @Test
    void twoHomeEventsOfOneSchoolOnOneDayCountTheExtraEvents() {
        ValidationReport report = validate("""
                {"id":"one-home-event-a-day","kind":"home-events-per-day","severity":"SOFT","params":{"max":1,
                  "events":[{"team":"KU","date":"2025-11-17","label":"KU WBB vs BAY"},{"team":"KU","date":"2025-11-18","label":"KU WBB vs TCU"}]}}""");
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.penalty()).isEqualTo(1);
            assertThat(v.explanation()).isEqualTo("KU hosts 2 events on 2025-11-17 (g002 KSU at KU, KU WBB vs BAY), at most 1 allowed");
        });
    }

    @Test
    void twoHomeGamesOnOneDayWithinTheScheduleCountToo() {
        List<Game> games = games();
        games.add(game("g009", "2025-11-17", "KU", "UTAH"));
        ValidationReport report = validate("""
                {"id":"one-home-event-a-day","kind":"home-events-per-day","severity":"HARD","params":{}}""", games);
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.penalty()).isEqualTo(1);
            assertThat(v.gameIds()).containsExactly("g002", "g009");
        });
    }

    @Test
    void examPeriodsCountEachTeamAndGameInside() {
        ValidationReport report = validate("""
                {"id":"exams","kind":"exam-periods","severity":"HARD","params":{"periods":[
                  {"name":"fall finals","from":"2025-11-22","to":"2025-11-23"},
                  {"name":"BYU finals","from":"2025-11-24","to":"2025-11-24","teams":["BYU"]}]}}""");
        assertThat(report.violations()).extracting(v -> v.teams().get(0) + " " + v.gameIds().get(0)).containsExactly(
                "KSU g005", "BYU g005", "KU g006", "UTAH g006", "BYU g007");
        assertThat(report.hardViolations()).isEqualTo(5);
        assertThat(report.violations().get(4).explanation()).isEqualTo("BYU plays g007 BYU at UTAH on 2025-11-24 during BYU finals (2025-11-24 to 2025-11-24)");
    }

    @Test
    void byuNoSundayIsABlackoutByWeekday() {
        List<Game> games = games();
        games.set(6, game("g007", "2025-11-23", "UTAH", "BYU"));
        ValidationReport report = validate("""
                {"id":"byu-no-sunday","kind":"blackout","severity":"HARD","params":{"blackouts":[
                  {"teams":["BYU"],"weekday":"SUN","reason":"no competition on Sundays"}]}}""", games);
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("byu-no-sunday");
            assertThat(v.severity()).isEqualTo(Severity.HARD);
            assertThat(v.penalty()).isEqualTo(1);
            assertThat(v.explanation()).isEqualTo("BYU plays on Sunday 2025-11-23 (g007 BYU at UTAH): no competition on Sundays");
        });
    }

    @Test
    void playDaysAndWindowRulesReportDatesTheTeamsMayNotMeetOn() {
        List<Game> games = games();
        games.set(7, game("g008", "2025-11-25", "KSU", "KU"));
        games.set(5, game("g006", "2025-12-22", "KU", "UTAH"));
        ConstraintSet set = new ConstraintSetDocument().read(TinySchedule.JSON.readTree("""
                {"rules":[{"id":"not-a-play-day","kind":"play-days","severity":"HARD"},{"id":"outside-window","kind":"window","severity":"HARD"}]}"""),
                "T4", "test");
        ValidationReport report = new RuleCompiler().compile(set, TinySchedule.SEASON).validate(games);
        assertThat(report.violations()).extracting(Violation::rule, v -> v.gameIds().get(0), Violation::penalty).containsExactly(
                org.assertj.core.groups.Tuple.tuple("not-a-play-day", "g008", 1), org.assertj.core.groups.Tuple.tuple("outside-window", "g006", 1));
    }

    @Test
    void firstLastFourBalanceCountsGamesMissingAtEachEnd() {
        // first two and last two games: BYU has 2 home then 2 away, so 1 away missing first and 1 home missing last
        ValidationReport report = validate("""
                {"id":"first-last-games-balance","kind":"ends-balance","severity":"HARD","params":{"games":2,"minHome":1,"minAway":1}}""");
        assertThat(report.violations()).extracting(v -> v.teams().get(0), Violation::penalty).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BYU", 1), org.assertj.core.groups.Tuple.tuple("BYU", 1),
                org.assertj.core.groups.Tuple.tuple("KSU", 1), org.assertj.core.groups.Tuple.tuple("KSU", 1));
    }

    @Test
    void robinxCa1IsEvaluatedByTheItcEvaluatorWithTeamsAndDaysNamed() {
        // KU hosts g002 (Nov 17) and g006 (Nov 22): 2 home games where at most 0 are allowed, deviation 2 x weight 5
        ValidationReport report = validate("""
                {"id":"ku-away-start","kind":"robinx","severity":"SOFT","weight":5,"params":{"constraint":"CA1","teams":["KU"],
                  "slots":["2025-11-17","2025-11-22"],"max":0,"mode":"H"}}""");
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.penalty()).isEqualTo(10);
            assertThat(v.teams()).containsExactly("KU");
            assertThat(v.gameIds()).containsExactly("g002", "g006");
            assertThat(v.explanation()).startsWith("CA1: team KU plays 2 H games in days 2025-11-17, 2025-11-22");
        });
    }

    @Test
    void robinxGa1CountsMeetingsOutsideTheirSlots() {
        ValidationReport report = validate("""
                {"id":"ku-ksu-opener","kind":"robinx","severity":"HARD","params":{"constraint":"GA1",
                  "meetings":[{"home":"KU","away":"KSU"}],"slots":["2025-11-20"],"min":1}}""");
        assertThat(report.violations()).singleElement().satisfies(v -> assertThat(v.penalty()).isEqualTo(1));
        assertThat(report.hardViolations()).isEqualTo(1);
    }

    @Test
    void robinxCa3IsAPerTeamRuleWithTheItcDeviationPerWindow() {
        // KU and KSU both play on Nov 17, 20, 22 and 24: the 3-day windows Nov 20-22 and Nov 22-24 hold 2 games each
        ValidationReport report = validate("""
                {"id":"one-game-in-three-days","kind":"robinx","severity":"HARD","params":{"constraint":"CA3","teams1":["KU","KSU"],
                  "teams2":["BYU","KU","KSU","UTAH"],"intp":3,"max":1,"mode1":"HA"}}""");
        assertThat(new RuleCompiler().compile(TinySchedule.only("""
                {"id":"c","kind":"robinx","severity":"HARD","params":{"constraint":"CA3","teams1":["KU"],"teams2":["KSU"],"intp":3,"max":1}}"""),
                TinySchedule.SEASON).rules().get(0)).isInstanceOf(Rule.TeamRule.class);
        assertThat(report.violations()).extracting(v -> v.teams().get(0), Violation::penalty).containsExactly(
                org.assertj.core.groups.Tuple.tuple("KU", 1), org.assertj.core.groups.Tuple.tuple("KU", 1),
                org.assertj.core.groups.Tuple.tuple("KSU", 1), org.assertj.core.groups.Tuple.tuple("KSU", 1));
        assertThat(report.violations().get(0).explanation()).isEqualTo(
                "CA3: team KU plays 2 HA games against teams BYU, KU, KSU, UTAH in days 2025-11-20 to 2025-11-22, max 1: deviation 1");
    }

    @Test
    void robinxSe1CountsSlotsMissingBetweenTheTwoMeetingsOfAPair() {
        // BYU-UTAH meet on Nov 17 and 24 (6 days between), KU-KSU too; min 10 days between: deviation 4 per pair
        ValidationReport report = validate("""
                {"id":"separate-rematches","kind":"robinx","severity":"SOFT","weight":3,"params":{"constraint":"SE1",
                  "teams":["BYU","KU","KSU","UTAH"],"min":10}}""");
        assertThat(report.violations()).extracting(Violation::teams, Violation::gameIds, Violation::penalty).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("BYU", "UTAH"), List.of("g001", "g007"), 12),
                org.assertj.core.groups.Tuple.tuple(List.of("KU", "KSU"), List.of("g002", "g008"), 12));
        assertThat(report.violations().get(0).explanation()).isEqualTo(
                "SE1: teams BYU and UTAH meet in days 2025-11-17 and 2025-11-24 with 6 slots between, min 10: deviation 4");
    }
}
