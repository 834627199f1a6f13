package org.flextime.engine.season;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import org.flextime.domain.Sport;

/**
 * Improves the order of home and away games without changing anyone's home count or the set of meetings.
 * Moves: swap the hosts of a home-and-home pair; reverse a directed triangle of single meetings (A hosts B,
 * B hosts C, C hosts A); swap two rounds within the same half of the season (first legs stay in the first
 * half, return legs in the second). The penalty is the sport's published hard rules: road games beyond
 * the longest allowed road streak, and home or away games missing among a team's first and last games.
 * Simulated annealing with a seeded random keeps the best state seen, so the result is deterministic.
 */
final class HomeAwayPolish {
    private static final int STEPS = 60_000;
    private static final double START_TEMPERATURE = 1.5;
    /**
     * Fewest rounds between the two legs of a home-and-home (or a quarter of the season, if more): swapping
     * rounds within a half could otherwise bring a first leg next to its return leg across the halfway line.
     */
    private static final int MIN_LEG_GAP = 4;

    private HomeAwayPolish() {
    }

    /**
     * Reorders rounds and flips orientations in place (games are {home, away}, rounds in play order) and
     * returns the rule penalty left (0 when every rule holds).
     */
    static int improve(Sport sport, int n, List<List<int[]>> rounds, Random random) {
        OptionalInt maxRoad = sport.maxConsecutiveRoadGames();
        Optional<Sport.EndsBalance> ends = sport.endsBalance();
        if (maxRoad.isEmpty() && ends.isEmpty()) {
            return 0;
        }
        int roundCount = rounds.size();
        int[][] gameOf = new int[n][roundCount];
        List<int[]> games = new ArrayList<>();
        Map<Long, List<Integer>> byPair = new HashMap<>();
        for (int[] row : gameOf) {
            java.util.Arrays.fill(row, -1);
        }
        int secondHalf = roundCount;
        Set<Long> seen = new HashSet<>();
        for (int r = 0; r < roundCount; r++) {
            for (int[] g : rounds.get(r)) {
                int id = games.size();
                games.add(g);
                gameOf[g[0]][r] = id;
                gameOf[g[1]][r] = id;
                long key = key(g[0], g[1]);
                byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
                if (!seen.add(key)) {
                    secondHalf = Math.min(secondHalf, r);
                }
            }
        }
        List<List<Integer>> twice = byPair.values().stream().filter(l -> l.size() == 2).toList();
        List<Integer> once = byPair.values().stream().filter(l -> l.size() == 1).map(l -> l.get(0)).toList();
        List<int[]> legRounds = new ArrayList<>();
        for (List<Integer> legs : twice) {
            legRounds.add(new int[] {roundOfGame(gameOf, games.get(legs.get(0)), legs.get(0)),
                    roundOfGame(gameOf, games.get(legs.get(1)), legs.get(1))});
        }
        State state = new State(maxRoad, ends, games, gameOf, identity(roundCount), n, legRounds,
                Math.max(MIN_LEG_GAP, roundCount / 4));
        int total = state.total();
        int best = total;
        int[][] bestGames = snapshot(games);
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
                    bestGames = snapshot(games);
                    bestOrder = state.order.clone();
                }
            } else {
                apply(state, games, flips, swapA, swapB);
            }
        }
        for (int i = 0; i < games.size(); i++) {
            games.get(i)[0] = bestGames[i][0];
            games.get(i)[1] = bestGames[i][1];
        }
        List<List<int[]>> original = new ArrayList<>(rounds);
        for (int pos = 0; pos < roundCount; pos++) {
            rounds.set(pos, original.get(bestOrder[pos]));
        }
        return best;
    }

    /** Applies (or, applied twice, undoes) a move. */
    private static void apply(State state, List<int[]> games, List<Integer> flips, int swapA, int swapB) {
        for (int id : flips) {
            int[] g = games.get(id);
            int t = g[0];
            g[0] = g[1];
            g[1] = t;
        }
        if (swapA != swapB) {
            int t = state.order[swapA];
            state.order[swapA] = state.order[swapB];
            state.order[swapB] = t;
        }
    }

    /** Single meetings g=(h hosts a), (a hosts x), (x hosts h) if such an x exists, else nothing. */
    private static List<Integer> triangle(int gid, List<int[]> games, int[][] gameOf, Map<Long, List<Integer>> byPair,
                                          Random random) {
        int h = games.get(gid)[0];
        int a = games.get(gid)[1];
        List<Integer> hosted = new ArrayList<>();
        for (int id : gameOf[a]) {
            if (id >= 0) {
                int[] e = games.get(id);
                if (e[0] == a && e[1] != h && byPair.get(key(e[0], e[1])).size() == 1) {
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
            int x = games.get(id)[1];
            List<Integer> back = byPair.get(key(x, h));
            if (back != null && back.size() == 1 && games.get(back.get(0))[0] == x) {
                return List.of(gid, id, back.get(0));
            }
        }
        return List.of();
    }

    private static int roundOfGame(int[][] gameOf, int[] game, int id) {
        for (int r = 0; r < gameOf[game[0]].length; r++) {
            if (gameOf[game[0]][r] == id) {
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

    private static int[][] snapshot(List<int[]> games) {
        int[][] copy = new int[games.size()][];
        for (int i = 0; i < games.size(); i++) {
            copy[i] = games.get(i).clone();
        }
        return copy;
    }

    private static long key(int a, int b) {
        return (long) Math.min(a, b) * 1_000_003L + Math.max(a, b);
    }

    /** Orientation and round order under search, and the rule penalty they give. */
    private static final class State {
        private final OptionalInt maxRoad;
        private final Optional<Sport.EndsBalance> ends;
        private final List<int[]> games;
        private final int[][] gameOf;
        private final int[] order;
        private final int teams;
        private final List<int[]> legRounds;
        private final int minLegGap;

        State(OptionalInt maxRoad, Optional<Sport.EndsBalance> ends, List<int[]> games, int[][] gameOf, int[] order,
              int teams, List<int[]> legRounds, int minLegGap) {
            this.maxRoad = maxRoad;
            this.ends = ends;
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
                for (int[] legs : legRounds) {
                    if (Math.abs(position[legs[0]] - position[legs[1]]) < minLegGap) {
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
                    home[len++] = games.get(id)[0] == team;
                }
            }
            int p = 0;
            if (maxRoad.isPresent()) {
                int run = 0;
                for (int i = 0; i < len; i++) {
                    run = home[i] ? 0 : run + 1;
                    if (run > maxRoad.getAsInt()) {
                        p++;
                    }
                }
            }
            if (ends.isPresent()) {
                Sport.EndsBalance e = ends.get();
                int k = Math.min(e.games(), len);
                p += shortfall(home, 0, k, e) + shortfall(home, len - k, len, e);
            }
            return p;
        }

        private static int shortfall(boolean[] home, int from, int to, Sport.EndsBalance e) {
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
