package org.flextime.engine.cpsat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.ScheduledMatch;

/**
 * A schedule of the instance's format built without search, the start of the large neighbourhood search: the
 * circle method's rounds with alternating venues (so a team breaks at most once per round robin), each later round
 * robin the previous one mirrored (venues swapped), which keeps a phased season phased and an even number of round
 * robins balanced. Which team takes which position of the circle is the only choice; the solver draws many and
 * keeps the one the rules like best, since the rules, not the format, make the schedules differ.
 */
final class CircleSchedule {

    private CircleSchedule() {
    }

    /** The circle schedule with the teams at the circle positions given by {@code order} (a permutation). */
    static List<ScheduledMatch> of(Instance instance, int[] order) {
        int n = instance.teamCount();
        // an odd number of teams plays against a phantom: its opponent of the round has a bye
        int m = n % 2 == 0 ? n : n + 1;
        int ring = m - 1;
        List<ScheduledMatch> games = new ArrayList<>();
        for (int robin = 0; robin < instance.roundRobins(); robin++) {
            boolean mirrored = robin % 2 == 1;
            for (int r = 0; r < ring; r++) {
                int slot = robin * ring + r;
                for (int k = 0; k < m / 2; k++) {
                    int first;
                    int second;
                    if (k == 0) {
                        first = ring;
                        second = r;
                        if (r % 2 == 1) {
                            first = r;
                            second = ring;
                        }
                    } else {
                        first = Math.floorMod(r + k, ring);
                        second = Math.floorMod(r - k, ring);
                        if (k % 2 == 0) {
                            int swap = first;
                            first = second;
                            second = swap;
                        }
                    }
                    if (first >= n || second >= n) {
                        continue;
                    }
                    int home = order[mirrored ? second : first];
                    int away = order[mirrored ? first : second];
                    games.add(new ScheduledMatch(home, away, slot));
                }
            }
        }
        return games;
    }

    /** The identity order: team i at circle position i. */
    static int[] identity(int teams) {
        int[] order = new int[teams];
        for (int i = 0; i < teams; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Shuffles the order in place, uniformly. */
    static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
