package org.flextime.engine.season;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.flextime.domain.Season;
import org.flextime.domain.Sport;

/**
 * Puts the rounds of a series sport into the weeks where their series fit. A week may be too short for a pair (BYU's
 * first softball weekend: the window opens on Friday, its Sunday is blacked out), which would make a doubleheader;
 * where the format gives byes, swapping rounds lets the team sit that week out instead.
 */
final class SeriesWeeks {
    private SeriesWeeks() {
    }

    /** The rounds reordered, by improving swaps, so that as few series as possible fall in a week too short for them. */
    static List<List<Pairing>> fit(Season season, Sport sport, List<String> teams, List<List<Pairing>> rounds) {
        List<LocalDate> weeks = SlotCalendar.seriesWeeks(season, sport, rounds.size());
        int count = rounds.size();
        int[][] cramped = new int[count][count];
        for (int r = 0; r < count; r++) {
            for (int w = 0; w < count; w++) {
                cramped[r][w] = cramped(season, sport, teams, rounds.get(r), weeks.get(w));
            }
        }
        int[] roundAt = new int[count];
        for (int w = 0; w < count; w++) {
            roundAt[w] = w;
        }
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int a = 0; a < count && !improved; a++) {
                for (int b = a + 1; b < count && !improved; b++) {
                    int now = cramped[roundAt[a]][a] + cramped[roundAt[b]][b];
                    int swapped = cramped[roundAt[b]][a] + cramped[roundAt[a]][b];
                    if (swapped < now) {
                        int t = roundAt[a];
                        roundAt[a] = roundAt[b];
                        roundAt[b] = t;
                        improved = true;
                    }
                }
            }
        }
        List<List<Pairing>> out = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            out.add(rounds.get(roundAt[w]));
        }
        return out;
    }

    /** How many of the round's series the week cannot hold on separate days. */
    private static int cramped(Season season, Sport sport, List<String> teams, List<Pairing> round, LocalDate week) {
        int games = Math.max(1, sport.format().gamesPerSeries());
        int n = 0;
        for (Pairing p : round) {
            long days = season.seriesDates(sport, teams.get(p.home()), teams.get(p.away()), week).stream().distinct().count();
            if (days < games) {
                n++;
            }
        }
        return n;
    }
}
