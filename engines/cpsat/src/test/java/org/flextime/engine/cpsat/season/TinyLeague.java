package org.flextime.engine.cpsat.season;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.RoadTripRule;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Team;
import org.flextime.domain.Venue;
import org.flextime.domain.Window;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.RuleCompiler;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.Severity;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hand-made league of four teams A, B, C, D playing a double round robin (six games each) in a four-week window
 * from Monday 2026-01-05, and its draft {@link #ROUNDS}:
 * <pre>
 * day:     0    2    4    6    8    10     (home-away)
 *         A-B  C-A  A-D  B-A  A-C  D-A
 *         C-D  D-B  B-C  D-C  B-D  C-B
 * A:       H    A    H    A    H    A
 * B:       A    A    H    H    H    A      three home games in a row (days 4-8)
 * C:       H    H    A    A    A    H      three road games in a row (days 4-8)
 * D:       A    H    A    H    A    H
 * </pre>
 * Every pair meets once in days 0-4 and once in days 6-10, at each home once, three games and six days apart.
 */
final class TinyLeague {

    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    static final List<String> TEAMS = List.of("A", "B", "C", "D");
    static final String[] ROUNDS = {"A-B+0", "C-D+0", "C-A+2", "D-B+2", "A-D+4", "B-C+4", "B-A+6", "D-C+6", "A-C+8", "B-D+8",
        "D-A+10", "C-B+10"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TinyLeague() {
    }

    /** The league with every day a play day. */
    static Season season() {
        return season(EnumSet.allOf(DayOfWeek.class));
    }

    /** The league playing on these days of the week. */
    static Season season(Set<DayOfWeek> playDays) {
        Map<String, Team> teams = new LinkedHashMap<>();
        for (String code : TEAMS) {
            double lon = -100 + TEAMS.indexOf(code);
            Venue v = new Venue(code + " Arena", 1000, 40, lon);
            teams.put(code, new Team(code, code + " University", code + "s", code + " City", "KS", 40, lon,
                    ZoneId.of("America/Chicago"), v, v));
        }
        Format f = new Format(Format.Kind.ROUND_ROBIN, 6, 0, 0, Optional.empty(), 0, List.of(), 0, 0, 0, 0, 0);
        Window w = new Window(MONDAY, MONDAY.plusDays(27), playDays, EnumSet.noneOf(DayOfWeek.class), Map.of(), Map.of());
        Sport sport = new Sport("TINY", "Tiny sport", TEAMS, f, w, Optional.empty(), List.of(), List.of());
        return new Season("tiny", "Tiny", teams, List.of(sport), List.of(), List.of(), RoadTripRule.DEFAULT);
    }

    static Sport sport(Season season) {
        return season.sport("TINY").orElseThrow();
    }

    /** A HARD rule with its parameters as JSON. */
    static RuleDefinition hard(String id, String kind, String params) {
        return new RuleDefinition(id, kind, Severity.HARD, 1, JSON.readTree(params));
    }

    /** The rules compiled for the league. */
    static CompiledSet compile(Season season, List<RuleDefinition> rules) {
        return new RuleCompiler().compile(new ConstraintSet("TINY", season.id(), rules), season);
    }

    /** Games written "A-B+3" (A hosts B on MONDAY + 3 days), ids g01... in the order given. */
    static List<Game> games(String... specs) {
        List<Game> out = new ArrayList<>();
        for (String s : specs) {
            String[] teamsAndDay = s.split("\\+");
            String[] t = teamsAndDay[0].split("-");
            out.add(new Game(String.format("g%02d", out.size() + 1), MONDAY.plusDays(Integer.parseInt(teamsAndDay[1])),
                    t[0], t[1], t[0] + " Arena"));
        }
        return out;
    }

    /** The draft with one game replaced, e.g. {@code draftWith(0, "B-A+0")}. */
    static List<Game> draftWith(int index, String spec) {
        String[] specs = ROUNDS.clone();
        specs[index] = spec;
        return games(specs);
    }
}
