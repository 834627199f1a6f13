package org.flextime.engine.season;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.flextime.domain.Season;
import org.flextime.domain.Sport;

/**
 * Puts the oriented rounds on the calendar. A game is only placed on a date both teams may play
 * ({@link Season#matchDates}); when the sport forbids consecutive days, rounds are at least two days apart and no team
 * is moved next to its other games. Games that cannot use their round's date (BYU's Sunday soccer games) move to the
 * nearest date between the neighbouring rounds that suits both teams. A series takes the pair's series dates of its
 * round's week ({@link Season#seriesDates}).
 */
final class GamePlacement {
    private GamePlacement() {
    }

    /** A game with its date, before ids are given (home and away are team indices). */
    record PlacedGame(LocalDate date, int home, int away) {
    }

    /** The games of single-game rounds, each on its round's date or the nearest one that suits both teams. */
    static List<PlacedGame> rounds(Season season, Sport sport, List<String> teams, List<List<Pairing>> rounds) {
        int gap = SlotCalendar.roundGap(sport);
        List<LocalDate> anchors = SlotCalendar.roundDates(season, sport, teams, rounds.size());
        Map<Integer, TreeSet<LocalDate>> busy = new HashMap<>();
        for (int t = 0; t < teams.size(); t++) {
            busy.put(t, new TreeSet<>());
        }
        List<PlacedGame> placed = new ArrayList<>();
        for (int r = 0; r < rounds.size(); r++) {
            LocalDate anchor = anchors.get(r);
            LocalDate lower = r == 0 ? sport.window().from().minusDays(1) : anchors.get(r - 1);
            LocalDate upper = r == anchors.size() - 1 ? sport.window().to().plusDays(1) : anchors.get(r + 1);
            for (Pairing g : rounds.get(r)) {
                String home = teams.get(g.home());
                String away = teams.get(g.away());
                LocalDate best = null;
                long bestDistance = Long.MAX_VALUE;
                for (LocalDate d : season.matchDates(sport, home, away)) {
                    if (!d.isAfter(lower) || !d.isBefore(upper) || !fits(busy.get(g.home()), d, gap)
                            || !fits(busy.get(g.away()), d, gap)) {
                        continue;
                    }
                    // prefer the round's own date, then later over earlier at equal distance
                    long distance = 2 * Math.abs(ChronoUnit.DAYS.between(anchor, d)) + (d.isBefore(anchor) ? 1 : 0);
                    if (distance < bestDistance) {
                        best = d;
                        bestDistance = distance;
                    }
                }
                if (best == null) {
                    throw UnsupportedFormatException.of(sport, "no date between " + lower + " and " + upper + " suits both "
                            + home + " and " + away + " (round " + (r + 1) + " of " + rounds.size() + ")");
                }
                busy.get(g.home()).add(best);
                busy.get(g.away()).add(best);
                placed.add(new PlacedGame(best, g.home(), g.away()));
            }
        }
        return placed;
    }

    /** Series: one round per series week (spread if there are more weeks), each series on its dates. */
    static List<PlacedGame> series(Season season, Sport sport, List<String> teams, List<List<Pairing>> rounds) {
        List<LocalDate> weeks = SlotCalendar.seriesWeeks(season, sport, rounds.size());
        int games = sport.format().gamesPerSeries();
        List<PlacedGame> placed = new ArrayList<>();
        for (int r = 0; r < rounds.size(); r++) {
            for (Pairing g : rounds.get(r)) {
                List<LocalDate> dates = season.seriesDates(sport, teams.get(g.home()), teams.get(g.away()), weeks.get(r));
                if (dates.size() < games) {
                    throw UnsupportedFormatException.of(sport, "the week of " + weeks.get(r) + " has only " + dates.size()
                            + " days on which " + teams.get(g.away()) + " at " + teams.get(g.home()) + " may play");
                }
                for (LocalDate d : dates) {
                    placed.add(new PlacedGame(d, g.home(), g.away()));
                }
            }
        }
        return placed;
    }

    private static boolean fits(TreeSet<LocalDate> taken, LocalDate d, int gap) {
        LocalDate before = taken.floor(d);
        LocalDate after = taken.ceiling(d);
        return (before == null || ChronoUnit.DAYS.between(before, d) >= gap)
                && (after == null || ChronoUnit.DAYS.between(d, after) >= gap);
    }
}
