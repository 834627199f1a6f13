package org.flextime.engine.conflicts.resolution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.engine.conflicts.ScheduleConflict;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.DefaultRules;

/**
 * The conflict a strategy is asked about and everything around it: the season's data, the sport, the constraint set the
 * schedule is judged by, the schedule's games, which of them are pinned, and which days each team and venue is already
 * busy. Immutable.
 */
public final class Situation {

    private final Season season;
    private final Sport sport;
    private final List<Game> games;
    private final Set<String> pinned;
    private final ScheduleConflict conflict;
    private final ConstraintSet rules;
    private final Map<String, Game> byId = new LinkedHashMap<>();
    private final Map<String, Set<LocalDate>> teamDays = new HashMap<>();
    private final Map<String, Set<LocalDate>> venueDays = new HashMap<>();
    private final Map<String, Set<LocalDate>> otherSportsVenueDays = new HashMap<>();
    private final Map<String, List<OtherGame>> otherSportsGames = new HashMap<>();

    /** A game of another sport of the season, with its sport's code (whose usual start applies when it has none). */
    public record OtherGame(String sport, Game game) {
    }

    /** The situation of {@code conflict} in the schedule {@code games} of the sport, {@code pinned} naming pinned games. */
    public Situation(Season season, Sport sport, List<Game> games, Set<String> pinned, ScheduleConflict conflict) {
        this(season, sport, games, pinned, conflict, Map.of());
    }

    /** As the five-argument constructor, with the season's other sports' games, whose venues are busy too. */
    public Situation(Season season, Sport sport, List<Game> games, Set<String> pinned, ScheduleConflict conflict,
                     Map<String, List<Game>> otherSports) {
        this(season, sport, games, pinned, conflict, otherSports, null);
    }

    /** As the six-argument constructor, judged by {@code rules} (null: the sport's default set). */
    public Situation(Season season, Sport sport, List<Game> games, Set<String> pinned, ScheduleConflict conflict,
                     Map<String, List<Game>> otherSports, ConstraintSet rules) {
        this.rules = rules != null ? rules : new DefaultRules().forSport(season, sport);
        this.season = season;
        this.sport = sport;
        this.games = List.copyOf(games);
        this.pinned = Set.copyOf(pinned);
        this.conflict = conflict;
        for (Game g : this.games) {
            byId.putIfAbsent(g.id(), g);
            teamDays.computeIfAbsent(g.home(), k -> new HashSet<>()).add(g.date());
            teamDays.computeIfAbsent(g.away(), k -> new HashSet<>()).add(g.date());
            if (g.venue() != null) {
                venueDays.computeIfAbsent(g.venue(), k -> new HashSet<>()).add(g.date());
            }
        }
        otherSports.forEach((code, list) -> {
            for (Game g : list) {
                if (g.venue() != null && !code.equalsIgnoreCase(sport.code())) {
                    venueDays.computeIfAbsent(g.venue(), k -> new HashSet<>()).add(g.date());
                    otherSportsVenueDays.computeIfAbsent(g.venue(), k -> new HashSet<>()).add(g.date());
                    otherSportsGames.computeIfAbsent(g.venue() + "|" + g.date(), k -> new ArrayList<>()).add(new OtherGame(code, g));
                }
            }
        });
    }

    /** The season's data. */
    public Season season() {
        return season;
    }

    /** The schedule's sport. */
    public Sport sport() {
        return sport;
    }

    /** The constraint set the schedule is judged by: a strategy that searches may use it to see which rules a change breaks. */
    public ConstraintSet rules() {
        return rules;
    }

    /** Every game of the schedule. */
    public List<Game> games() {
        return games;
    }

    /** The conflict to resolve. */
    public ScheduleConflict conflict() {
        return conflict;
    }

    /** Whether the game is pinned: no strategy may change it. */
    public boolean pinned(String gameId) {
        return pinned.contains(gameId);
    }

    /** The ids of the pinned games. */
    public Set<String> pinnedIds() {
        return Collections.unmodifiableSet(pinned);
    }

    /** The game with this id, if the schedule has it. */
    public Optional<Game> game(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The conflict's games that the schedule has and that are not pinned: the ones a strategy may change. */
    public List<Game> movable() {
        List<Game> out = new ArrayList<>();
        for (String id : conflict.gameIds()) {
            Game g = byId.get(id);
            if (g != null && !pinned.contains(id)) {
                out.add(g);
            }
        }
        return out;
    }

    /** Whether the team has a game on the day. */
    public boolean teamBusy(String team, LocalDate day) {
        return teamDays.getOrDefault(team, Set.of()).contains(day);
    }

    /** Whether the venue hosts a game of this schedule, or of another sport of the season, on the day. */
    public boolean venueBusy(String venue, LocalDate day) {
        return venue != null && venueDays.getOrDefault(venue, Set.of()).contains(day);
    }

    /** Whether another sport of the season (or an event the venue hosts) has the venue on the day. */
    public boolean venueBookedByOtherSports(String venue, LocalDate day) {
        return venue != null && otherSportsVenueDays.getOrDefault(venue, Set.of()).contains(day);
    }

    /** The other sports' games at the venue on the day, in the order given. */
    public List<OtherGame> otherSportsAt(String venue, LocalDate day) {
        return venue == null ? List.of() : List.copyOf(otherSportsGames.getOrDefault(venue + "|" + day, List.of()));
    }

    /** Whether the game could move to the day without booking either team or its venue twice. */
    public boolean freeFor(Game g, LocalDate day) {
        return !teamBusy(g.home(), day) && !teamBusy(g.away(), day) && !venueBusy(g.venue(), day);
    }

    /** Whether neither team of the game plays another game the day before or after the day. */
    public boolean restedFor(Game g, LocalDate day) {
        for (String team : List.of(g.home(), g.away())) {
            for (LocalDate near : List.of(day.minusDays(1), day.plusDays(1))) {
                if (teamBusy(team, near) && !(g.date().equals(near))) {
                    return false;
                }
            }
        }
        return true;
    }
}
