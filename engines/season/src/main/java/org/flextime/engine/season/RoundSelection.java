package org.flextime.engine.season;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.flextime.domain.Sport;

/**
 * Which circle rounds a partial format keeps: a seeded search over the circle order whose best rounds give every
 * team exactly k meetings with the highest {@link Affinity}, keeping every protected rivalry. With an even number of
 * teams k rounds do it. With an odd number each round leaves one team out, so k+1 rounds are kept and a perfect
 * matching of the teams that played in all of them is removed.
 */
final class RoundSelection {
    private static final int SEARCH_STEPS = 3000;
    private static final int ATTEMPTS = 40;

    private RoundSelection() {
    }

    /** Circle order, the circle rounds kept (pairings removed where needed) and their indices. */
    record Selection(int[] order, List<Integer> keptIndices, List<List<Pairing>> kept) {
    }

    /** The selection of k meetings per team among n teams; unsupported if no order keeps every rivalry. */
    static Selection select(Sport sport, int n, int k, Affinity affinity, Random random) {
        int keep = n % 2 == 0 ? k : Math.min(k + 1, n);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int[] order = CircleMethod.shuffledOrder(n, random);
            double score = score(order, keep, affinity);
            for (int step = 0; step < SEARCH_STEPS; step++) {
                int i = random.nextInt(n);
                int j = random.nextInt(n);
                CircleMethod.swap(order, i, j);
                double candidate = score(order, keep, affinity);
                if (candidate >= score) {
                    score = candidate;
                } else {
                    CircleMethod.swap(order, i, j);
                }
            }
            List<List<Pairing>> rounds = CircleMethod.rounds(order);
            List<Integer> best = bestRounds(rounds, keep, affinity);
            List<List<Pairing>> kept = new ArrayList<>();
            for (int r : best) {
                kept.add(new ArrayList<>(rounds.get(r)));
            }
            if (keep != k && !removeMatching(n, k, kept, affinity)) {
                continue;
            }
            if (keepsEveryRivalry(kept, n, affinity)) {
                return new Selection(order, best, kept);
            }
        }
        throw UnsupportedFormatException.of(sport, "found no set of " + k + " meetings per team that keeps every protected rivalry "
                + sport.protectedRivalries());
    }

    private static boolean keepsEveryRivalry(List<List<Pairing>> kept, int n, Affinity affinity) {
        boolean[][] met = new boolean[n][n];
        for (List<Pairing> round : kept) {
            for (Pairing p : round) {
                met[p.home()][p.away()] = true;
                met[p.away()][p.home()] = true;
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (affinity.mustMeet(a, b) && !met[a][b]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Removes one kept meeting from every team that has k+1, preferring the least wanted meetings. */
    private static boolean removeMatching(int n, int k, List<List<Pairing>> kept, Affinity affinity) {
        int[] count = new int[n];
        List<Pairing> candidates = new ArrayList<>();
        for (List<Pairing> round : kept) {
            for (Pairing p : round) {
                count[p.home()]++;
                count[p.away()]++;
            }
        }
        for (List<Pairing> round : kept) {
            for (Pairing p : round) {
                if (count[p.home()] == k + 1 && count[p.away()] == k + 1) {
                    candidates.add(p);
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Pairing p) -> affinity.of(p)));
        List<Pairing> removed = new ArrayList<>();
        boolean[] matched = new boolean[n];
        for (int t = 0; t < n; t++) {
            matched[t] = count[t] != k + 1;
        }
        if (!match(matched, candidates, removed)) {
            return false;
        }
        // every pair meets once in the circle rounds, so a removed pairing is found in exactly one kept round
        for (List<Pairing> round : kept) {
            round.removeIf(removed::contains);
        }
        return true;
    }

    private static boolean match(boolean[] matched, List<Pairing> candidates, List<Pairing> removed) {
        int first = -1;
        for (int t = 0; t < matched.length; t++) {
            if (!matched[t]) {
                first = t;
                break;
            }
        }
        if (first < 0) {
            return true;
        }
        for (Pairing p : candidates) {
            if (p.involves(first) && !matched[p.home()] && !matched[p.away()]) {
                matched[p.home()] = true;
                matched[p.away()] = true;
                removed.add(p);
                if (match(matched, candidates, removed)) {
                    return true;
                }
                removed.remove(removed.size() - 1);
                matched[p.home()] = false;
                matched[p.away()] = false;
            }
        }
        return false;
    }

    private static double score(int[] order, int keep, Affinity affinity) {
        List<List<Pairing>> rounds = CircleMethod.rounds(order);
        double total = 0;
        for (int r : bestRounds(rounds, keep, affinity)) {
            total += affinity.of(rounds.get(r));
        }
        return total;
    }

    private static List<Integer> bestRounds(List<List<Pairing>> rounds, int keep, Affinity affinity) {
        List<Integer> idx = new ArrayList<>();
        for (int r = 0; r < rounds.size(); r++) {
            idx.add(r);
        }
        idx.sort(Comparator.comparingDouble((Integer r) -> -affinity.of(rounds.get(r))).thenComparing(r -> r));
        List<Integer> best = new ArrayList<>(idx.subList(0, keep));
        Collections.sort(best);
        return best;
    }
}
