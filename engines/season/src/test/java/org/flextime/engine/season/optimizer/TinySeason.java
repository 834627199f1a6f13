package org.flextime.engine.season.optimizer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flextime.domain.Blackout;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Team;
import org.flextime.domain.RoadTripRule;
import org.flextime.domain.Venue;

/** Hand-built seasons of a few teams for exact-penalty tests: teams A, B, C, D a degree of longitude apart. */
final class TinySeason {
    /** Monday 2026-01-05; the window runs four weeks from it, every day a play day unless narrowed. */
    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    static final List<String> CODES = List.of("A", "B", "C", "D");

    private TinySeason() {
    }

    static Team team(String code) {
        double lon = -100 + CODES.indexOf(code);
        Venue v = new Venue(code + " Arena", 1000, 40, lon);
        return new Team(code, code + " University", code + "s", code + " City", "KS", 40, lon, ZoneId.of("America/Chicago"), v, v);
    }

    static Season season(Sport sport, List<Blackout> blackouts) {
        Map<String, Team> teams = new LinkedHashMap<>();
        CODES.forEach(c -> teams.put(c, team(c)));
        return new Season("tiny", "Tiny", teams, List.of(sport), blackouts, List.of(), RoadTripRule.DEFAULT);
    }

    /** A single-game sport of the given teams, every day a play day, with these rule texts. */
    static Sport sport(List<String> teams, Optional<Format.IntRange> homeGames, String... rules) {
        Format f = new Format(Format.Kind.ROUND_ROBIN, teams.size() - 1, 0, 0, homeGames, 0, List.of(), 0, 0, 0, 0, 0);
        return sport(teams, f, EnumSet.allOf(DayOfWeek.class), rules);
    }

    static Sport sport(List<String> teams, Format format, EnumSet<DayOfWeek> days, String... rules) {
        org.flextime.domain.Window w = new org.flextime.domain.Window(MONDAY, MONDAY.plusDays(27), days,
                EnumSet.noneOf(DayOfWeek.class), Map.of(), Map.of());
        return new Sport("TINY", "Tiny sport", teams, format, w, Optional.empty(), List.of(), List.of(rules));
    }

    /** Games written "A-B+0" (A hosts B on MONDAY + 0 days), ids in order. */
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

    /** Travel in miles and every default soft rule (by its old name) at weight 1, so a soft total is the raw penalty. */
    static SolveOptions unitWeights() {
        SolveOptions o = SolveOptions.defaults().withTravelUnit(SolveOptions.TravelUnit.MILES).withWeight(SolveOptions.TRAVEL, 1);
        for (String c : SolveOptions.ALIASES.keySet()) {
            o = o.withWeight(c, 1);
        }
        return o;
    }
}
