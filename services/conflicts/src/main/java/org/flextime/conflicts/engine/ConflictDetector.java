package org.flextime.conflicts.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.flextime.domain.Game;

/**
 * Finds games that cannot all happen: a team booked twice on one day ("team-double-booked") and a venue
 * hosting two games on one day ("venue-double-booked"). Each conflict suggests moving the last-listed game
 * of the clash to a free date: first the schedule's own game days (they are known play days), nearest to
 * the clash, on which neither team nor the venue is busy, preferring one with no game of either team the day
 * before or after; if none, the nearest free calendar day within
 * two weeks. The detector only sees the games, so it cannot know blackouts: the validator checks the move.
 */
public final class ConflictDetector {
    private static final int SEARCH_DAYS = 14;

    /** All team and venue double bookings in the games, ordered by date. */
    public List<Conflict> detect(List<Game> games) {
        List<Conflict> out = new ArrayList<>();
        Busy busy = Busy.of(games);
        collect(games, "team-double-booked", g -> List.of(g.home(), g.away()), busy, out);
        collect(games, "venue-double-booked", g -> g.venue() == null ? List.of() : List.of(g.venue()), busy, out);
        out.sort(Comparator.comparing(Conflict::date).thenComparing(Conflict::type).thenComparing(Conflict::subject));
        return List.copyOf(out);
    }

    private static void collect(List<Game> games, String type, Function<Game, List<String>> subjects, Busy busy,
                                List<Conflict> out) {
        Map<String, Map<LocalDate, List<Game>>> index = new TreeMap<>();
        for (Game g : games) {
            for (String s : subjects.apply(g)) {
                index.computeIfAbsent(s, k -> new TreeMap<>()).computeIfAbsent(g.date(), k -> new ArrayList<>()).add(g);
            }
        }
        index.forEach((subject, byDate) -> byDate.forEach((date, clash) -> {
            if (clash.size() < 2) {
                return;
            }
            List<String> ids = clash.stream().map(Game::id).toList();
            String what = type.startsWith("team") ? subject + " plays " : subject + " hosts ";
            String explanation = what + clash.size() + " games on " + date + ": "
                    + String.join(", ", clash.stream().map(ConflictDetector::label).toList());
            Game move = clash.get(clash.size() - 1);
            out.add(new Conflict(type, subject, date, ids, explanation, fix(move, busy)));
        }));
    }

    private static String fix(Game move, Busy busy) {
        Optional<LocalDate> free = busy.freeDateFor(move);
        return free.map(d -> "move " + move.id() + " to " + d + ", a free date for both " + move.home() + " and "
                        + move.away() + (move.venue() == null ? "" : " and for " + move.venue()))
                .orElse("move " + move.id() + " (" + label(move) + "): no free date for both " + move.home() + " and "
                        + move.away() + " within " + SEARCH_DAYS + " days, so swap it with another game or drop it");
    }

    private static String label(Game g) {
        return g.id() + " " + g.away() + " at " + g.home();
    }

    /** Which days each team and venue is already busy, and the days the schedule plays on. */
    private record Busy(Map<String, Set<LocalDate>> teamDays, Map<String, Set<LocalDate>> venueDays,
                        TreeSet<LocalDate> gameDays) {
        static Busy of(List<Game> games) {
            Map<String, Set<LocalDate>> teams = new TreeMap<>();
            Map<String, Set<LocalDate>> venues = new TreeMap<>();
            TreeSet<LocalDate> days = new TreeSet<>();
            for (Game g : games) {
                teams.computeIfAbsent(g.home(), k -> new TreeSet<>()).add(g.date());
                teams.computeIfAbsent(g.away(), k -> new TreeSet<>()).add(g.date());
                if (g.venue() != null) {
                    venues.computeIfAbsent(g.venue(), k -> new TreeSet<>()).add(g.date());
                }
                days.add(g.date());
            }
            return new Busy(teams, venues, days);
        }

        boolean free(Game g, LocalDate d) {
            return !teamDays.getOrDefault(g.home(), Set.of()).contains(d)
                    && !teamDays.getOrDefault(g.away(), Set.of()).contains(d)
                    && (g.venue() == null || !venueDays.getOrDefault(g.venue(), Set.of()).contains(d));
        }

        boolean rested(Game g, LocalDate d) {
            for (String t : List.of(g.home(), g.away())) {
                Set<LocalDate> own = teamDays.getOrDefault(t, Set.of());
                if (own.contains(d.minusDays(1)) || own.contains(d.plusDays(1))) {
                    return false;
                }
            }
            return true;
        }

        Optional<LocalDate> freeDateFor(Game g) {
            Comparator<LocalDate> nearest = Comparator.comparingLong(
                    (LocalDate d) -> Math.abs(ChronoUnit.DAYS.between(g.date(), d))).thenComparing(d -> d);
            // a rested date (neither team plays the day before or after) beats a merely free one
            Optional<LocalDate> rested = gameDays.stream()
                    .filter(d -> !d.equals(g.date()) && free(g, d) && rested(g, d)).min(nearest);
            if (rested.isPresent()) {
                return rested;
            }
            Optional<LocalDate> onGameDay = gameDays.stream().filter(d -> !d.equals(g.date()) && free(g, d)).min(nearest);
            if (onGameDay.isPresent()) {
                return onGameDay;
            }
            for (int k = 1; k <= SEARCH_DAYS; k++) {
                for (LocalDate d : List.of(g.date().plusDays(k), g.date().minusDays(k))) {
                    if (free(g, d)) {
                        return Optional.of(d);
                    }
                }
            }
            return Optional.empty();
        }
    }
}
