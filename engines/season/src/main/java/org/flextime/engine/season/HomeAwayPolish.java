package org.flextime.engine.season;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Improves the order of home and away games without changing anyone's home count or the set of meetings.
 * Moves: swap the hosts of a home-and-home pair; reverse a directed triangle of single meetings (A hosts B,
 * B hosts C, C hosts A); swap two rounds within the same half of the season (first legs stay in the first
 * half, return legs in the second). The penalty is the {@link HomeAwayLimits} of the season's hard rules: road
 * (and home) games beyond the longest allowed run, and home or away games missing among a team's first and last
 * games. Simulated annealing with a seeded random keeps the best state seen, so the result is deterministic.
 */
final class HomeAwayPolish {
    private static final int STEPS = 60_000;
    private static final double START_TEMPERATURE = 1.5;
    /**
     * Fewest rounds the polish keeps between the two legs of a home-and-home when it can (or a quarter of the
     * season, if more): swapping rounds within a half could otherwise bring a first leg next to its return leg
     * across the halfway line.
     */
    private static final int PREFERRED_LEG_GAP = 4;

    private HomeAwayPolish() {
    }

    /** The rounds (before reordering) of the two legs of a home-and-home. */
    private record LegRounds(int first, int second) {
    }

    /** Oriented rounds in play order after the polish, and the rule penalty left (0 when every limit holds). */
    record Polished(List<List<Pairing>> rounds, int penalty) {
    }

    /** Reorders the oriented rounds and flips orientations as far as the limits ask, each team's home count kept. */
    static Polished improve(HomeAwayLimits limits, int n, List<List<Pairing>> rounds, Random random) {
        if (limits.isEmpty()) {
            return new Polished(rounds, 0);
        }
        int roundCount = rounds.size();
        int[][] gameOf = new int[n][roundCount];
        List<Pairing> games = new ArrayList<>();
        int[] firstGame = new int[roundCount + 1];
        Map<Long, List<Integer>> byPair = new HashMap<>();
        for (int[] row : gameOf) {
            java.util.Arrays.fill(row, -1);
        }
        int secondHalf = roundCount;
        Set<Long> seen = new HashSet<>();
        for (int r = 0; r < roundCount; r++) {
            firstGame[r] = games.size();
            for (Pairing g : rounds.get(r)) {
                int id = games.size();
                games.add(g);
                gameOf[g.home()][r] = id;
                gameOf[g.away()][r] = id;
                long key = g.pairKey();
                byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
                if (!seen.add(key)) {
                    secondHalf = Math.min(secondHalf, r);
                }
            }
        }
        firstGame[roundCount] = games.size();
        List<List<Integer>> twice = byPair.values().stream().filter(l -> l.size() == 2).toList();
        List<Integer> once = byPair.values().stream().filter(l -> l.size() == 1).map(l -> l.get(0)).toList();
        List<LegRounds> legRounds = new ArrayList<>();
        for (List<Integer> legs : twice) {
            legRounds.add(new LegRounds(roundOfGame(gameOf, games.get(legs.get(0)), legs.get(0)),
                    roundOfGame(gameOf, games.get(legs.get(1)), legs.get(1))));
        }
        State state = new State(limits, games, gameOf, identity(roundCount), n, legRounds,
                legGap(limits, roundCount, secondHalf));
        int total = state.total();
        int best = total;
        List<Pairing> bestGames = List.copyOf(games);
        int[] bestOrder = state.order.clone();
        for (int step = 0; step < STEPS && best > 0; step++) {
            // annealing: early on a worse state is sometimes kept, so the search can leave a local optimum
            double temperature = START_TEMPERATURE * (1 - (double) step / STEPS) + 0.01;
            int kind = random.nextInt(3);
            List<Integer> flips = List.of();
            int swapA = -1;
            int swapB = -1;
            if (kind == 0 && !twice.isEmpty()) {
                flips = twice.get(random.nextInt(twice.size()));
            } else if (kind == 1 && !once.isEmpty()) {
                flips = triangle(once.get(random.nextInt(once.size())), games, gameOf, byPair, random);
            } else if (kind == 2) {
                boolean first = secondHalf == roundCount || random.nextBoolean();
                int lo = first ? 0 : secondHalf;
                int hi = first ? secondHalf : roundCount;
                if (hi - lo >= 2) {
                    swapA = lo + random.nextInt(hi - lo);
                    swapB = lo + random.nextInt(hi - lo);
                }
            }
            if (flips.isEmpty() && swapA == swapB) {
                continue;
            }
            int before = total;
            apply(state, games, flips, swapA, swapB);
            int after = state.total();
            if (after <= before || random.nextDouble() < Math.exp((before - after) / temperature)) {
                total = after;
                if (total < best) {
                    best = total;
                    bestGames = List.copyOf(games);
                    bestOrder = state.order.clone();
                }
            } else {
                apply(state, games, flips, swapA, swapB);
            }
        }
        List<List<Pairing>> polished = new ArrayList<>();
        for (int pos = 0; pos < roundCount; pos++) {
            int r = bestOrder[pos];
            polished.add(new ArrayList<>(bestGames.subList(firstGame[r], firstGame[r + 1])));
        }
        return new Polished(polished, best);
    }

    /**
     * The gap the legs must keep: the preferred one, or the constraint set's rematch separation if wider, but no
     * wider than the shorter half, since the two halves in the same order reach exactly that and no order reaches
     * more for every pair (a pod of four playing six rounds can keep 3, never 4).
     */
    static int legGap(HomeAwayLimits limits, int roundCount, int secondHalf) {
        int wanted = Math.max(Math.max(PREFERRED_LEG_GAP, roundCount / 4), limits.minLegGap().orElse(0));
        int reachable = Math.min(secondHalf, roundCount - secondHalf);
        return reachable <= 0 ? wanted : Math.max(Math.min(wanted, reachable), limits.minLegGap().orElse(0));
    }

    /** Applies (or, applied twice, undoes) a move. */
    private static void apply(State state, List<Pairing> games, List<Integer> flips, int swapA, int swapB) {
        for (int id : flips) {
            games.set(id, games.get(id).reversed());
        }
        if (swapA != swapB) {
            int t = state.order[swapA];
            state.order[swapA] = state.order[swapB];
            state.order[swapB] = t;
        }
    }

    /** Single meetings g=(h hosts a), (a hosts x), (x hosts h) if such an x exists, else nothing. */
    private static List<Integer> triangle(int gid, List<Pairing> games, int[][] gameOf, Map<Long, List<Integer>> byPair,
                                          Random random) {
        int h = games.get(gid).home();
        int a = games.get(gid).away();
        List<Integer> hosted = new ArrayList<>();
        for (int id : gameOf[a]) {
            if (id >= 0) {
                Pairing e = games.get(id);
                if (e.home() == a && e.away() != h && byPair.get(e.pairKey()).size() == 1) {
                    hosted.add(id);
                }
            }
        }
        if (hosted.isEmpty()) {
            return List.of();
        }
        int start = random.nextInt(hosted.size());
        for (int i = 0; i < hosted.size(); i++) {
            int id = hosted.get((start + i) % hosted.size());
            int x = games.get(id).away();
            List<Integer> back = byPair.get(Pairing.key(x, h));
            if (back != null && back.size() == 1 && games.get(back.get(0)).home() == x) {
                return List.of(gid, id, back.get(0));
            }
        }
        return List.of();
    }

    private static int roundOfGame(int[][] gameOf, Pairing game, int id) {
        for (int r = 0; r < gameOf[game.home()].length; r++) {
            if (gameOf[game.home()][r] == id) {
                return r;
            }
        }
        throw new IllegalStateException("game " + id + " is in no round");
    }

    private static int[] identity(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Orientation and round order under search, and the rule penalty they give. */
    private static final class State {
        private final HomeAwayLimits limits;
        private final List<Pairing> games;
        private final int[][] gameOf;
        private final int[] order;
        private final int teams;
        private final List<LegRounds> legRounds;
        private final int minLegGap;

        State(HomeAwayLimits limits, List<Pairing> games, int[][] gameOf, int[] order, int teams, List<LegRounds> legRounds,
              int minLegGap) {
            this.limits = limits;
            this.games = games;
            this.gameOf = gameOf;
            this.order = order;
            this.teams = teams;
            this.legRounds = legRounds;
            this.minLegGap = minLegGap;
        }

        int total() {
            int sum = 0;
            for (int t = 0; t < teams; t++) {
                sum += of(t);
            }
            if (!legRounds.isEmpty()) {
                int[] position = new int[order.length];
                for (int pos = 0; pos < order.length; pos++) {
                    position[order[pos]] = pos;
                }
                for (LegRounds legs : legRounds) {
                    if (Math.abs(position[legs.first()] - position[legs.second()]) < minLegGap) {
                        sum++;
                    }
                }
            }
            return sum;
        }

        private int of(int team) {
            // the team's home (true) / away (false) sequence in play order
            boolean[] home = new boolean[order.length];
            int len = 0;
            for (int pos : order) {
                int id = gameOf[team][pos];
                if (id >= 0) {
                    home[len++] = games.get(id).home() == team;
                }
            }
            int p = 0;
            if (limits.maxRoadRun().isPresent()) {
                p += beyondRun(home, len, false, limits.maxRoadRun().getAsInt());
            }
            if (limits.maxHomeRun().isPresent()) {
                p += beyondRun(home, len, true, limits.maxHomeRun().getAsInt());
            }
            for (HomeAwayLimits.Ends e : limits.ends()) {
                int k = Math.min(e.meetings(), len);
                p += shortfall(home, 0, k, e) + shortfall(home, len - k, len, e);
            }
            return p;
        }

        /** Games beyond the longest allowed run on one side, counted once per game. */
        private static int beyondRun(boolean[] home, int len, boolean side, int max) {
            int p = 0;
            int run = 0;
            for (int i = 0; i < len; i++) {
                run = home[i] == side ? run + 1 : 0;
                if (run > max) {
                    p++;
                }
            }
            return p;
        }

        private static int shortfall(boolean[] home, int from, int to, HomeAwayLimits.Ends e) {
            int h = 0;
            for (int i = from; i < to; i++) {
                if (home[i]) {
                    h++;
                }
            }
            int a = (to - from) - h;
            return Math.max(0, e.minHome() - h) + Math.max(0, e.minAway() - a);
        }
    }
}
