package org.flextime.engine.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.junit.jupiter.api.Test;

class ConflictDetectorTest {

    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private final ConflictDetector detector = new ConflictDetector();

    private static Game game(String id, String date, String home, String away, String venue) {
        return new Game(id, LocalDate.parse(date), home, away, venue);
    }

    @Test
    void cleanScheduleHasNoConflict() {
        assertThat(detector.detect(List.of(
                game("g001", "2026-01-07", "KU", "UTAH", "Allen Fieldhouse"),
                game("g002", "2026-01-07", "KSU", "TCU", "Bramlage Coliseum"),
                game("g003", "2026-01-10", "KSU", "KU", "Bramlage Coliseum")))).isEmpty();
    }

    @Test
    void teamBookedTwiceGetsAMoveToARealFreeDate() {
        List<Game> games = List.of(
                game("g001", "2026-01-10", "KU", "BYU", "Allen Fieldhouse"),
                game("g002", "2026-01-10", "KSU", "KU", "Bramlage Coliseum"),
                game("g003", "2026-01-07", "KU", "UTAH", "Allen Fieldhouse"),
                game("g004", "2026-01-07", "KSU", "TCU", "Bramlage Coliseum"),
                game("g005", "2026-01-13", "UTAH", "KSU", "Jon M. Huntsman Center"),
                game("g006", "2026-01-17", "BYU", "TCU", "Marriott Center"));
        List<Conflict> conflicts = detector.detect(games);
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo("team-double-booked");
            assertThat(c.subject()).isEqualTo("KU");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 1, 10));
            assertThat(c.gameIds()).containsExactly("g001", "g002");
            assertThat(c.explanation()).isEqualTo("KU plays 2 games on Saturday 2026-01-10, at most 1 allowed (g001 BYU at KU, g002 KU at KSU)");
            // 01-07 has KU and KSU busy, 01-13 has KSU busy: 01-17 is the nearest game day free for both
            assertThat(c.suggestedFix()).isEqualTo(
                    "move g002 to 2026-01-17, a free date for both KSU and KU and for Bramlage Coliseum");
        });
    }

    @Test
    void withoutAFreeGameDayTheNearestFreeCalendarDayIsSuggested() {
        List<Conflict> conflicts = detector.detect(List.of(
                game("g001", "2026-01-10", "KU", "BYU", "Allen Fieldhouse"),
                game("g002", "2026-01-10", "KSU", "KU", "Bramlage Coliseum")));
        assertThat(conflicts).singleElement().extracting(Conflict::suggestedFix)
                .isEqualTo("move g002 to 2026-01-11, a free date for both KSU and KU and for Bramlage Coliseum");
    }

    @Test
    void venueHostingTwoGamesOnADayIsAConflict() {
        List<Conflict> conflicts = detector.detect(List.of(
                game("g001", "2026-01-10", "KU", "BYU", "Allen Fieldhouse"),
                game("g002", "2026-01-10", "UTAH", "TCU", "Allen Fieldhouse"),
                game("g003", "2026-01-14", "KU", "KSU", "Allen Fieldhouse"),
                game("g004", "2026-01-17", "KSU", "BYU", "Bramlage Coliseum")));
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo("venue-double-booked");
            assertThat(c.subject()).isEqualTo("Allen Fieldhouse");
            assertThat(c.gameIds()).containsExactly("g001", "g002");
            assertThat(c.explanation()).isEqualTo("Allen Fieldhouse hosts 2 games on Saturday 2026-01-10, at most 1 allowed (g001 BYU at KU, g002 TCU at UTAH)");
            // 01-14 is a game day but Allen Fieldhouse is taken then, so the next game day is suggested
            assertThat(c.suggestedFix()).isEqualTo("move g002 to 2026-01-17, a free date for both UTAH and TCU and for Allen Fieldhouse");
        });
    }

    @Test
    void sameGameTwiceIsBothATeamAndAVenueConflict() {
        List<Conflict> conflicts = detector.detect(List.of(
                game("g001", "2026-01-10", "KU", "BYU", "Allen Fieldhouse"),
                game("g002", "2026-01-10", "KU", "BYU", "Allen Fieldhouse")));
        assertThat(conflicts).extracting(Conflict::type, Conflict::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("team-double-booked", "BYU"),
                org.assertj.core.groups.Tuple.tuple("team-double-booked", "KU"),
                org.assertj.core.groups.Tuple.tuple("venue-double-booked", "Allen Fieldhouse"));
    }

    @Test
    void aBaseballDoubleheaderIsNoConflictButAnotherOpponentThatDayIs() {
        ConflictDetector baseball = ConflictDetector.forSport(SEASON, "BSB");
        List<Game> series = List.of(
                game("g001", "2026-03-13", "KU", "BYU", "Hoglund Ballpark"),
                game("g002", "2026-03-14", "KU", "BYU", "Hoglund Ballpark"),
                game("g003", "2026-03-14", "KU", "BYU", "Hoglund Ballpark"));
        assertThat(baseball.detect(series)).isEmpty();
        // the same doubleheader is a clash for a sport without series, and for the strict detector
        assertThat(ConflictDetector.forSport(SEASON, "MBB").detect(series))
                .extracting(Conflict::type).containsExactly("team-double-booked", "team-double-booked", "venue-double-booked");
        assertThat(detector.detect(series)).hasSize(3);

        List<Game> crowded = new ArrayList<>(series);
        crowded.add(game("g004", "2026-03-14", "KU", "TCU", "Hoglund Ballpark"));
        assertThat(baseball.detect(crowded)).extracting(Conflict::type, Conflict::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("team-double-booked", "KU"),
                org.assertj.core.groups.Tuple.tuple("venue-double-booked", "Hoglund Ballpark"));
    }

    @Test
    void anUnknownSportGetsTheStrictDetector() {
        List<Game> twice = List.of(
                game("g001", "2026-03-14", "KU", "BYU", "Hoglund Ballpark"),
                game("g002", "2026-03-14", "KU", "BYU", "Hoglund Ballpark"));
        assertThat(ConflictDetector.forSport(SEASON, "XYZ").detect(twice)).hasSize(3);
    }
}
