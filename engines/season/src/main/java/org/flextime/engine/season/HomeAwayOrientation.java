package org.flextime.engine.season;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Orients every meeting of a season's rounds. Pairs met once are balanced together by Euler trails; for pairs met
 * twice the first meeting is balanced the same way and the second is its reverse, so it is a home-and-home.
 */
final class HomeAwayOrientation {
    private HomeAwayOrientation() {
    }

    /** The rounds with every pairing oriented home and away, in the same order. */
    static List<List<Pairing>> orient(int n, List<List<Pairing>> rounds, Random random) {
        Map<Long, Integer> meetings = new HashMap<>();
        for (List<Pairing> round : rounds) {
            for (Pairing p : round) {
                meetings.merge(p.pairKey(), 1, Integer::sum);
            }
        }
        Map<Long, Pairing> firstLeg = new HashMap<>();
        for (int times = 1; times <= 2; times++) {
            List<Pairing> group = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            for (List<Pairing> round : rounds) {
                for (Pairing p : round) {
                    long key = p.pairKey();
                    if (meetings.get(key) == times && seen.add(key)) {
                        group.add(new Pairing(Math.min(p.home(), p.away()), Math.max(p.home(), p.away())));
                    }
                }
            }
            for (Pairing o : EulerOrientation.orient(n, group, random)) {
                firstLeg.put(o.pairKey(), o);
            }
        }
        Set<Long> played = new HashSet<>();
        List<List<Pairing>> out = new ArrayList<>();
        for (List<Pairing> round : rounds) {
            List<Pairing> games = new ArrayList<>();
            for (Pairing p : round) {
                long key = p.pairKey();
                Pairing leg = firstLeg.get(key);
                games.add(played.add(key) ? leg : leg.reversed());
            }
            out.add(games);
        }
        return out;
    }
}
