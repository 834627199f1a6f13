package org.flextime.engine.conflicts.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.engine.conflicts.ScheduleConflict;
import org.flextime.engine.conflicts.resolution.Effectiveness;
import org.flextime.engine.conflicts.resolution.Proposal;
import org.flextime.engine.conflicts.resolution.ResolutionStrategy;
import org.flextime.engine.conflicts.resolution.Resolver;
import org.flextime.engine.conflicts.resolution.ScheduleJudge;
import org.flextime.engine.conflicts.resolution.Situation;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One test per built-in strategy: a tiny MBB schedule with one conflict, the strategy alone asked, its best checked
 * proposal asserted exactly. The rules are the double-booking rule alone, so every conflict comes from the scan.
 */
class StrategiesTest {

    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final Sport MBB = SEASON.sport("MBB").orElseThrow();
    private static final ConstraintSet DAY_RULE = new ConstraintSet("MBB", "2025-26", List.of(new RuleDefinition("double-booking",
            "games-per-day", Severity.HARD, 1, JsonNodeFactory.instance.objectNode().put("max", 1))));
    private static final Sport SOC = SEASON.sport("SOC").orElseThrow();
    private static final ConstraintSet SOC_DAY_RULE = new ConstraintSet("SOC", "2025-26", DAY_RULE.rules());
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Resolver resolver = new Resolver(pool, Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    static Game game(String id, String date, String home, String away, String venue) {
        return new Game(id, LocalDate.parse(date), home, away, venue);
    }

    private List<Proposal> proposals(ResolutionStrategy strategy, List<Game> games, Set<String> pinned, String kind,
                                     Map<String, List<Game>> others) {
        ScheduleJudge judge = new ScheduleJudge(SEASON, MBB, DAY_RULE, others);
        ScheduleConflict conflict = judge.judge(games).conflicts().stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow();
        return resolver.resolve(new Situation(SEASON, MBB, games, pinned, conflict, others), judge, List.of(strategy), Effectiveness.UNKNOWN)
                .proposals();
    }

    @Test
    void moveDateMovesAGameOffBYUsSundayToTheNearestFreePlayDay() {
        List<Proposal> found = proposals(new MoveDate(), List.of(
                game("g1", "2026-01-04", "KU", "BYU", "Allen Fieldhouse"),
                game("g2", "2026-01-03", "KSU", "KU", "Bramlage Coliseum")), Set.of(), "calendar-blackout", Map.of());
        assertThat(found.get(0).explanation()).isEqualTo("move g1 BYU at KU from Sunday 2026-01-04 to Monday 2026-01-05");
        assertThat(found.get(0).changes()).singleElement().satisfies(c -> {
            assertThat(c.after()).isEqualTo(game("g1", "2026-01-05", "KU", "BYU", "Allen Fieldhouse"));
        });
    }

    @Test
    void moveDateSkipsADayWhenAnotherSportHasTheVenue() {
        List<Proposal> found = proposals(new MoveDate(), List.of(
                game("g1", "2026-01-04", "KU", "BYU", "Allen Fieldhouse"),
                game("g2", "2026-01-03", "KSU", "KU", "Bramlage Coliseum")), Set.of(), "calendar-blackout",
                Map.of("WBB", List.of(game("w1", "2026-01-05", "KU", "TCU", "Allen Fieldhouse"))));
        // Monday is taken by women's basketball; Tuesday is free but leaves the arena no day to turn over, so Thursday ranks first
        assertThat(found).extracting(Proposal::explanation).doesNotContain("move g1 BYU at KU from Sunday 2026-01-04 to Monday 2026-01-05")
                .first().isEqualTo("move g1 BYU at KU from Sunday 2026-01-04 to Thursday 2026-01-01");
    }

    @Test
    void moveVenueSendsASoccerGameFromTheStadiumFootballHasThatDayToTheSchoolsOtherVenues() {
        ScheduleJudge judge = new ScheduleJudge(SEASON, SOC, SOC_DAY_RULE, Map.of("FB",
                List.of(game("f1", "2025-09-11", "KU", "TCU", "David Booth Kansas Memorial Stadium"))));
        List<Game> games = List.of(game("g1", "2025-09-11", "KU", "BYU", "David Booth Kansas Memorial Stadium"));
        ScheduleConflict conflict = judge.judge(games).conflicts().stream().filter(c -> c.kind().equals("venue-shared-booked"))
                .findFirst().orElseThrow();
        List<Proposal> found = resolver.resolve(new Situation(SEASON, SOC, games, Set.of(), conflict), judge, List.of(new MoveVenue()),
                Effectiveness.UNKNOWN).proposals();
        assertThat(found).extracting(Proposal::explanation).containsExactly(
                "play g1 BYU at KU on Thursday 2025-09-11 at Allen Fieldhouse instead of David Booth Kansas Memorial Stadium",
                "play g1 BYU at KU on Thursday 2025-09-11 at Kansas Soccer home venue instead of David Booth Kansas Memorial Stadium");
        assertThat(found).allSatisfy(p -> assertThat(p.travelMiles()).isZero());
    }

    @Test
    void moveVenueNeverSendsABasketballGameToTheStadium() {
        List<Proposal> found = proposals(new MoveVenue(), List.of(
                game("g1", "2026-01-03", "KU", "BYU", "Allen Fieldhouse")), Set.of(), "venue-shared-booked",
                Map.of("WBB", List.of(game("w1", "2026-01-03", "KU", "TCU", "Allen Fieldhouse"))));
        assertThat(found).isEmpty();
    }

    @Test
    void swapHomeAwayHostsTheFirstMeetingAtTheOpponentsArenaAndTheReturnGameAtHome() {
        List<Proposal> found = proposals(new SwapHomeAway(), List.of(
                game("g1", "2026-01-03", "KU", "BYU", "Allen Fieldhouse"),
                game("g2", "2026-02-07", "BYU", "KU", "Marriott Center")), Set.of(), "venue-shared-booked",
                Map.of("WBB", List.of(game("w1", "2026-01-03", "KU", "TCU", "Allen Fieldhouse"))));
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.explanation()).isEqualTo("swap home and away of g1 BYU at KU (Saturday 2026-01-03) and its return game"
                    + " g2 KU at BYU (Saturday 2026-02-07)");
            assertThat(p.changes()).extracting(c -> c.after()).containsExactly(
                    game("g1", "2026-01-03", "BYU", "KU", "Marriott Center"),
                    game("g2", "2026-02-07", "KU", "BYU", "Allen Fieldhouse"));
        });
    }

    @Test
    void swapSlotsTradesTheDatesOfADoubleBookedGameAndTheNearestGameThatFits() {
        List<Proposal> found = proposals(new SwapSlots(), List.of(
                game("g1", "2026-01-03", "KU", "BYU", "Allen Fieldhouse"),
                game("g2", "2026-01-03", "KSU", "KU", "Bramlage Coliseum"),
                game("g3", "2026-01-06", "TCU", "ISU", "Schollmaier Arena")), Set.of(), "team-double-booked", Map.of());
        assertThat(found.get(0).explanation()).isEqualTo("swap the dates of g1 BYU at KU (Saturday 2026-01-03) and g3 ISU at TCU"
                + " (Tuesday 2026-01-06)");
        assertThat(found.get(0).changes()).extracting(c -> c.after()).containsExactly(
                game("g1", "2026-01-06", "KU", "BYU", "Allen Fieldhouse"),
                game("g3", "2026-01-03", "TCU", "ISU", "Schollmaier Arena"));
    }

    @Test
    void resolveNeighbourhoodLetsTheSeasonEngineReplaceAGameOffBYUsSundayAndLeavesThePinnedOneAlone() {
        List<Proposal> found = proposals(new ResolveNeighbourhood(), List.of(
                game("g1", "2026-01-04", "KU", "BYU", "Allen Fieldhouse"),
                game("g2", "2026-01-03", "KSU", "KU", "Bramlage Coliseum")), Set.of("g2"), "calendar-blackout", Map.of());
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.strategy()).isEqualTo("resolve-neighbourhood");
            assertThat(p.explanation()).isEqualTo("re-solve 2025-12-28 to 2026-01-11 with the season engine: 1 game(s) change,"
                    + " everything else stays");
            assertThat(p.changes()).extracting(c -> c.after()).containsExactly(game("g1", "2026-01-10", "KU", "BYU", "Allen Fieldhouse"));
        });
    }

    @Test
    void resolveNeighbourhoodKeepsEachGamesOwnStartTime() {
        List<Proposal> found = proposals(new ResolveNeighbourhood(), List.of(
                game("g1", "2026-01-04", "KU", "BYU", "Allen Fieldhouse").withStart(LocalTime.of(14, 0)),
                game("g2", "2026-01-03", "KSU", "KU", "Bramlage Coliseum").withStart(LocalTime.of(13, 0))), Set.of("g2"),
                "calendar-blackout", Map.of());
        assertThat(found).singleElement().satisfies(p -> assertThat(p.changes()).extracting(c -> c.after())
                .containsExactly(game("g1", "2026-01-10", "KU", "BYU", "Allen Fieldhouse").withStart(LocalTime.of(14, 0))));
    }

    @Test
    void moveAndRepairMovesTheGameOffBYUsSundayAndTheGameItWouldFollowOnConsecutiveDays() {
        // exams leave only 6 to 8 January; KU plays TCU on the 7th, so either day alone puts KU on court two days running
        tools.jackson.databind.node.ObjectNode exams = JsonNodeFactory.instance.objectNode();
        exams.putArray("periods").add(period("fall exams", "2025-11-01", "2026-01-03")).add(period("make-up exams", "2026-01-05",
                "2026-01-05")).add(period("spring exams", "2026-01-09", "2026-03-31"));
        ConstraintSet set = new ConstraintSet("MBB", "2025-26", List.of(DAY_RULE.rules().get(0),
                new RuleDefinition("consecutive-days", "rest-days", Severity.HARD, 1, JsonNodeFactory.instance.objectNode().put("minDays", 1)),
                new RuleDefinition("exams", "exam-periods", Severity.HARD, 1, exams)));
        List<Game> games = List.of(
                game("g1", "2026-01-04", "KU", "BYU", "Allen Fieldhouse"),
                game("g2", "2026-01-07", "KU", "TCU", "Allen Fieldhouse"));
        ScheduleJudge judge = new ScheduleJudge(SEASON, MBB, set, Map.of());
        ScheduleConflict sunday = judge.judge(games).conflicts().stream().filter(c -> c.kind().equals("calendar-blackout"))
                .findFirst().orElseThrow();
        List<Proposal> found = resolver.resolve(new Situation(SEASON, MBB, games, Set.of(), sunday, Map.of(), set), judge,
                List.of(new MoveAndRepair()), Effectiveness.UNKNOWN).proposals();
        assertThat(found.get(0).explanation()).isEqualTo("move g1 BYU at KU from Sunday 2026-01-04 to Tuesday 2026-01-06, then move"
                + " g2 TCU at KU from Wednesday 2026-01-07 to Thursday 2026-01-08 (so that consecutive-days still holds)");
        assertThat(found.get(0).changes()).extracting(c -> c.after()).containsExactly(
                game("g1", "2026-01-06", "KU", "BYU", "Allen Fieldhouse"),
                game("g2", "2026-01-08", "KU", "TCU", "Allen Fieldhouse"));
    }

    @Test
    void shiftTimeMakesADoubleheaderOfAWomensGameInTheArenaMensBasketballHasThatEvening() {
        Sport wbb = SEASON.sport("WBB").orElseThrow();
        ConstraintSet set = new ConstraintSet("WBB", "2025-26", DAY_RULE.rules());
        Map<String, List<Game>> others = Map.of("MBB", List.of(game("m1", "2026-01-03", "KU", "TCU", "Allen Fieldhouse")));
        List<Game> games = List.of(game("w1", "2026-01-03", "KU", "BYU", "Allen Fieldhouse"));
        ScheduleJudge judge = new ScheduleJudge(SEASON, wbb, set, others);
        ScheduleConflict shared = judge.judge(games).conflicts().stream().filter(c -> c.kind().equals("venue-shared-booked"))
                .findFirst().orElseThrow();
        List<Proposal> found = resolver.resolve(new Situation(SEASON, wbb, games, Set.of(), shared, others, set), judge,
                List.of(new ShiftTime()), Effectiveness.UNKNOWN).proposals();
        // 19:00 is both games' usual start; a 3 h game and a 3 h turnaround leave 11:00 to 13:00, 13:00 the smallest shift
        assertThat(found).extracting(p -> p.changes().get(0).after().start())
                .containsExactly(LocalTime.of(13, 0), LocalTime.of(12, 0), LocalTime.of(11, 0));
        assertThat(found.get(0).strategy()).isEqualTo("shift-time");
        assertThat(found.get(0).explanation()).isEqualTo("start w1 BYU at KU on Saturday 2026-01-03 at 13:00 instead of 19:00"
                + " (the usual start): Allen Fieldhouse hosts it and MBB m1 TCU at KU at 19:00 as a doubleheader");
        Game shifted = found.get(0).changes().get(0).after();
        assertThat(shifted).isEqualTo(games.get(0).withStart(LocalTime.of(13, 0)));
        assertThat(judge.judge(List.of(shifted)).conflicts()).extracting(ScheduleConflict::kind).doesNotContain("venue-shared-booked");
    }

    @Test
    void shiftTimeProposesNothingWhenNoStartOfTheDayLeavesTheTurnaround() {
        Sport wbb = SEASON.sport("WBB").orElseThrow();
        // a 24 h turnaround: no two events of one day fit, whatever their times
        ConstraintSet set = new ConstraintSet("WBB", "2025-26", List.of(DAY_RULE.rules().get(0), new RuleDefinition("turnaround",
                "venue-turnaround", Severity.SOFT, 1, JsonNodeFactory.instance.objectNode().put("minHours", 24))));
        Map<String, List<Game>> others = Map.of("MBB", List.of(game("m1", "2026-01-03", "KU", "TCU", "Allen Fieldhouse")));
        List<Game> games = List.of(game("w1", "2026-01-03", "KU", "BYU", "Allen Fieldhouse"));
        ScheduleJudge judge = new ScheduleJudge(SEASON, wbb, set, others);
        ScheduleConflict shared = judge.judge(games).conflicts().stream().filter(c -> c.kind().equals("venue-shared-booked"))
                .findFirst().orElseThrow();
        Situation situation = new Situation(SEASON, wbb, games, Set.of(), shared, others, set);
        assertThat(new ShiftTime().propose(situation)).isEmpty();
        assertThat(resolver.resolve(situation, judge, List.of(new ShiftTime()), Effectiveness.UNKNOWN).proposals()).isEmpty();
    }

    @Test
    void shiftTimeLeavesOtherKindsOfConflictAlone() {
        List<Game> games = List.of(game("g1", "2026-01-04", "KU", "BYU", "Allen Fieldhouse"));
        ScheduleConflict sunday = new ScheduleJudge(SEASON, MBB, DAY_RULE, Map.of()).judge(games).conflicts().stream()
                .filter(c -> c.kind().equals("calendar-blackout")).findFirst().orElseThrow();
        assertThat(new ShiftTime().propose(new Situation(SEASON, MBB, games, Set.of(), sunday, Map.of(), DAY_RULE))).isEmpty();
    }

    private static tools.jackson.databind.node.ObjectNode period(String name, String from, String to) {
        return JsonNodeFactory.instance.objectNode().put("name", name).put("from", from).put("to", to);
    }

    @Test
    void aPinnedGameIsNeverMoved() {
        List<Proposal> found = proposals(new MoveDate(), List.of(
                game("g1", "2026-01-04", "KU", "BYU", "Allen Fieldhouse")), Set.of("g1"), "calendar-blackout", Map.of());
        assertThat(found).isEmpty();
    }
}
