package org.flextime.scheduler.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.flextime.contracts.api.GameView;
import org.flextime.domain.Game;
import org.flextime.platform.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The travel step's changed games put in a draft, on H2 and on a real PostgreSQL: two KU home games, one moved. */
class DraftGamesDatabaseTest {

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private static final List<Game> DRAFT = List.of(
            new Game("g1", LocalDate.of(2026, 1, 3), "KU", "BYU", "Allen Fieldhouse"),
            new Game("g2", LocalDate.of(2026, 1, 7), "KU", "ISU", "Allen Fieldhouse"));
    /** g2 with its home team exchanged, a day later and a start of its own. */
    private static final Game MOVED = new Game("g2", LocalDate.of(2026, 1, 8), "ISU", "KU", "Hilton Coliseum", LocalTime.of(19, 0));

    private Schedules schedules;

    private void open(String database) {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.migratedSchema(database, "scheduler"));
        new Jobs(jdbc).insert("j1", null, "s1", "MBB", "2025-26", null, 20, "running");
        schedules = new Schedules(jdbc);
        schedules.insertDraft("s1", "j1", "MBB", "2025-26", DRAFT, 1.0);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDraftTakesTheChangedGamesAndTheirHomeAwayImbalanceAndStaysVersionOne(String database) {
        open(database);

        schedules.replaceDraftGames("s1", List.of(MOVED));

        assertThat(schedules.games("s1")).containsExactly(new GameView("g1", LocalDate.of(2026, 1, 3), "KU", "BYU", "Allen Fieldhouse", null),
                new GameView("g2", LocalDate.of(2026, 1, 8), "ISU", "KU", "Hilton Coliseum", "19:00"));
        // KU now even (one home, one away); BYU and ISU each all one way
        assertThat(schedules.homeAwayImbalance("s1")).isEqualTo(2 / 3.0);
        assertThat(schedules.find("s1").orElseThrow().version()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFinalScheduleKeepsItsGames(String database) {
        open(database);
        schedules.finalizeSchedule("s1");

        schedules.replaceDraftGames("s1", List.of(MOVED));

        assertThat(schedules.games("s1")).extracting(GameView::home).containsExactly("KU", "KU");
        assertThat(schedules.homeAwayImbalance("s1")).isEqualTo(1.0);
    }
}
