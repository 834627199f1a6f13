package org.flextime.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.domain.Window;
import tools.jackson.databind.json.JsonMapper;

/**
 * Four real Big 12 teams in a four-game partial double round robin (November 17 to December 21, 2025) and a
 * schedule for it that breaks no default rule; each rule test adds one definition and counts its penalty.
 */
final class TinySchedule {
    static final Season REAL = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    static final Sport SPORT = new Sport("T4", "Test Four", List.of("BYU", "KU", "KSU", "UTAH"),
            new Format(Format.Kind.PARTIAL_DOUBLE_ROUND_ROBIN, 4, 1, 2, Optional.empty(), 0, List.of(), 0, 0, 0, 0, 0),
            new Window(LocalDate.of(2025, 11, 17), LocalDate.of(2025, 12, 21),
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), null, null, null),
            Optional.empty(), List.of(), List.of("no team plays on consecutive days"));
    static final Season SEASON = new Season("test", REAL.conference(), REAL.teams(), List.of(SPORT), REAL.blackouts(),
            REAL.travelPartners(), REAL.roadTrips());
    static final JsonMapper JSON = JsonMapper.builder().build();

    private TinySchedule() {
    }

    /** BYU-UTAH and KU-KSU meet home and away, every other pair once, two home games each. */
    static List<Game> games() {
        return new ArrayList<>(List.of(
                game("g001", "2025-11-17", "BYU", "UTAH"),
                game("g002", "2025-11-17", "KU", "KSU"),
                game("g003", "2025-11-20", "BYU", "KU"),
                game("g004", "2025-11-20", "UTAH", "KSU"),
                game("g005", "2025-11-22", "KSU", "BYU"),
                game("g006", "2025-11-22", "KU", "UTAH"),
                game("g007", "2025-11-24", "UTAH", "BYU"),
                game("g008", "2025-11-24", "KSU", "KU")));
    }

    /** The tiny schedule with one game replaced (by id). */
    static List<Game> with(Game replacement) {
        List<Game> games = games();
        games.replaceAll(g -> g.id().equals(replacement.id()) ? replacement : g);
        return games;
    }

    static Game game(String id, String date, String home, String away) {
        return new Game(id, LocalDate.parse(date), home, away, home + " arena");
    }

    /** A set holding only the given rule definition (JSON of one rule). */
    static ConstraintSet only(String ruleJson) {
        var node = JSON.readTree(ruleJson);
        return new ConstraintSetDocument().read(JSON.createObjectNode().set("rules", JSON.createArrayNode().add(node)), "T4", "test");
    }

    /** Validates the tiny schedule (or the given games) against one rule. */
    static ValidationReport validate(String ruleJson, List<Game> games) {
        return new RuleCompiler().compile(only(ruleJson), SEASON).validate(games);
    }

    static ValidationReport validate(String ruleJson) {
        return validate(ruleJson, games());
    }
}
