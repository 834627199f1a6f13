package org.flextime.engine.season;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.flextime.domain.Format;
import org.flextime.domain.Sport;

/**
 * A format with one more window than rounds and one bye per team (WBB: 19 windows, 18 games) gets an extra window
 * made of one game taken from each of n/2 different first-half rounds, chosen so that the taken games cover every
 * team once: each team then sits out exactly the round its game was taken from. The new window closes the first
 * half, so return legs still come after first legs.
 */
final class ByeWindow {
    private ByeWindow() {
    }

    /**
     * The rounds with the bye window added where the format asks for one, else the rounds as given; empty if no set of
     * first-half games covers every team once (another draw of the rounds may have one).
     */
    static Optional<List<List<Pairing>>> add(Sport sport, int n, List<List<Pairing>> sequence, int firstHalf, Random random) {
        Format f = sport.format();
        if (f.windows() == 0 || f.windows() == sequence.size()) {
            return Optional.of(sequence);
        }
        if (f.windows() != sequence.size() + 1 || f.byesPerTeam() != 1 || n % 2 == 1) {
            throw UnsupportedFormatException.of(sport, f.windows() + " windows with " + f.byesPerTeam() + " bye(s) per team for "
                    + sequence.size() + " rounds of " + n + " teams");
        }
        List<List<Pairing>> rounds = new ArrayList<>();
        for (List<Pairing> r : sequence) {
            rounds.add(new ArrayList<>(r));
        }
        List<Integer> candidates = new ArrayList<>();
        for (int r = 0; r < firstHalf; r++) {
            candidates.add(r);
        }
        Collections.shuffle(candidates, random);
        int[] takenFrom = new int[n];
        Arrays.fill(takenFrom, -1);
        List<Pairing> window = new ArrayList<>();
        if (!pick(rounds, candidates, new boolean[rounds.size()], takenFrom, window)) {
            return Optional.empty();
        }
        for (Pairing g : window) {
            rounds.get(takenFrom[g.home()]).remove(g);
        }
        rounds.add(firstHalf, window);
        return Optional.of(rounds);
    }

    private static boolean pick(List<List<Pairing>> rounds, List<Integer> candidates, boolean[] usedRound, int[] takenFrom,
                                List<Pairing> window) {
        int team = -1;
        for (int t = 0; t < takenFrom.length; t++) {
            if (takenFrom[t] < 0) {
                team = t;
                break;
            }
        }
        if (team < 0) {
            return true;
        }
        for (int r : candidates) {
            if (usedRound[r]) {
                continue;
            }
            for (Pairing g : rounds.get(r)) {
                if (g.involves(team) && takenFrom[g.home()] < 0 && takenFrom[g.away()] < 0) {
                    usedRound[r] = true;
                    takenFrom[g.home()] = r;
                    takenFrom[g.away()] = r;
                    window.add(g);
                    if (pick(rounds, candidates, usedRound, takenFrom, window)) {
                        return true;
                    }
                    window.remove(window.size() - 1);
                    takenFrom[g.home()] = -1;
                    takenFrom[g.away()] = -1;
                    usedRound[r] = false;
                }
            }
        }
        return false;
    }
}
