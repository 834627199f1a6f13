package org.flextime.engine.season;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;

/**
 * Start times for a sport's games that share their venue on a day with a companion sport's game (women's and men's
 * basketball in one arena): each such game without a start of its own gets the start nearest its sport's usual one
 * that leaves {@code spacing} (a game and the venue's turnaround) to every companion event there, so the two make a
 * doubleheader instead of a double booking. The season engine weighs such days as a soft rule; conflict detection
 * calls an arena booked twice critical, and a published schedule may have none.
 *
 * @param sport          the sport of the games given times
 * @param companionSport the sport of the companion schedule
 * @param spacing        the least time between two starts of a day at one venue
 */
public record Doubleheaders(String sport, String companionSport, Duration spacing) {

    /** What was done: the games, some with a start now, and how many got one and how many did not fit in a day. */
    public record Timed(List<Game> games, int timed, int unfit) {
    }

    /** The games, each that shares a venue and day with a companion game given a doubleheader start where one fits. */
    public Timed time(List<Game> games, List<Game> companion) {
        Map<String, List<LocalTime>> busy = new HashMap<>();
        for (Game c : companion) {
            if (c.venue() != null) {
                busy.computeIfAbsent(key(c.venue(), c.date()), k -> new ArrayList<>()).add(GameStarts.of(c, companionSport));
            }
        }
        List<Game> out = new ArrayList<>(games.size());
        int timed = 0;
        int unfit = 0;
        for (Game g : games) {
            List<LocalTime> others = g.venue() == null || g.start() != null ? null : busy.get(key(g.venue(), g.date()));
            if (others == null) {
                out.add(g);
                continue;
            }
            List<LocalTime> starts = GameStarts.clearOf(others, spacing, GameStarts.usual(sport));
            if (starts.isEmpty()) {
                unfit++;
                out.add(g);
            } else {
                timed++;
                out.add(g.withStart(starts.get(0)));
            }
        }
        return new Timed(out, timed, unfit);
    }

    private static String key(String venue, LocalDate date) {
        return venue + "|" + date;
    }
}
