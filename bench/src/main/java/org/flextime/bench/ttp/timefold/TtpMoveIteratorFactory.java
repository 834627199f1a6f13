package org.flextime.bench.ttp.timefold;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Random moves of the tailored Timefold model: SwapHomes, SwapRounds, SwapTeams, PartialSwapRounds and
 * PartialSwapTeams (the TTSA neighbourhoods), each expressed as a reassignment of match rounds.
 */
public class TtpMoveIteratorFactory implements MoveIteratorFactory<TfSchedule, ReassignRoundsMove> {

    @Override
    public long getSize(ScoreDirector<TfSchedule> scoreDirector) {
        int n = scoreDirector.getWorkingSolution().getTeams();
        return (long) n * n * (2L * n - 2);
    }

    @Override
    public Iterator<ReassignRoundsMove> createOriginalMoveIterator(ScoreDirector<TfSchedule> scoreDirector) {
        throw new UnsupportedOperationException("the tailored TTP moves are only selected randomly");
    }

    @Override
    public Iterator<ReassignRoundsMove> createRandomMoveIterator(ScoreDirector<TfSchedule> scoreDirector,
                                                                Random random) {
        TfSchedule schedule = scoreDirector.getWorkingSolution();
        return new Iterator<>() {
            private final Grid grid = new Grid(schedule);

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ReassignRoundsMove next() {
                grid.refresh();
                return grid.randomMove(random);
            }
        };
    }

    /** Team-by-round view of the working solution, rebuilt before each move (the working entities mutate). */
    private static final class Grid {
        private final int n;
        private final int rounds;
        private final List<TfMatch> all;
        private final TfMatch[][] byPair;
        private final TfMatch[][] at;

        Grid(TfSchedule schedule) {
            n = schedule.getTeams();
            rounds = schedule.getRounds().size();
            all = schedule.getMatches();
            byPair = new TfMatch[n][n];
            for (TfMatch m : all) {
                byPair[m.getHome()][m.getAway()] = m;
            }
            at = new TfMatch[n][rounds];
        }

        void refresh() {
            for (TfMatch[] row : at) {
                java.util.Arrays.fill(row, null);
            }
            for (TfMatch m : all) {
                at[m.getHome()][m.getRound()] = m;
                at[m.getAway()][m.getRound()] = m;
            }
        }

        private int opponent(int t, int r) {
            TfMatch m = at[t][r];
            return m.getHome() == t ? m.getAway() : m.getHome();
        }

        ReassignRoundsMove randomMove(Random random) {
            int kind = random.nextInt(5);
            int a = random.nextInt(n);
            int b = (a + 1 + random.nextInt(n - 1)) % n;
            int r1 = random.nextInt(rounds);
            int r2 = (r1 + 1 + random.nextInt(rounds - 1)) % rounds;
            List<TfMatch> moved = new ArrayList<>();
            List<Integer> target = new ArrayList<>();
            switch (kind) {
                case 0 -> {
                    TfMatch ab = byPair[a][b];
                    TfMatch ba = byPair[b][a];
                    add(moved, target, ab, ba.getRound());
                    add(moved, target, ba, ab.getRound());
                    return build("SwapHomes", moved, target);
                }
                case 1 -> {
                    for (TfMatch m : all) {
                        if (m.getRound() == r1) {
                            add(moved, target, m, r2);
                        } else if (m.getRound() == r2) {
                            add(moved, target, m, r1);
                        }
                    }
                    return build("SwapRounds", moved, target);
                }
                case 2 -> {
                    List<Integer> chain = new ArrayList<>();
                    for (int r = 0; r < rounds; r++) {
                        if (opponent(a, r) != b) {
                            chain.add(r);
                        }
                    }
                    swapTeamsAt(a, b, chain, moved, target);
                    return build("SwapTeams", moved, target);
                }
                case 3 -> {
                    boolean[] in = new boolean[n];
                    List<Integer> teams = new ArrayList<>(List.of(a));
                    in[a] = true;
                    for (int k = 0; k < teams.size(); k++) {
                        for (int o : new int[] {opponent(teams.get(k), r1), opponent(teams.get(k), r2)}) {
                            if (!in[o]) {
                                in[o] = true;
                                teams.add(o);
                            }
                        }
                    }
                    for (TfMatch m : all) {
                        if (in[m.getHome()] && (m.getRound() == r1 || m.getRound() == r2)) {
                            add(moved, target, m, m.getRound() == r1 ? r2 : r1);
                        }
                    }
                    return build("PartialSwapRounds", moved, target);
                }
                default -> {
                    int r = r1;
                    while (opponent(a, r) == b) {
                        r = random.nextInt(rounds);
                    }
                    swapTeamsAt(a, b, partialChain(a, b, r), moved, target);
                    return build("PartialSwapTeams", moved, target);
                }
            }
        }

        /** Rounds whose games a and b must exchange so that a and b still meet every opponent once at each venue. */
        private List<Integer> partialChain(int a, int b, int start) {
            List<Integer> chain = new ArrayList<>();
            int cur = start;
            while (true) {
                chain.add(cur);
                TfMatch game = at[b][cur];
                int next = -1;
                for (int s = 0; s < rounds; s++) {
                    TfMatch mine = at[a][s];
                    int o = game.getHome() == b ? game.getAway() : game.getHome();
                    boolean home = game.getHome() == b;
                    if (opponent(a, s) == o && (mine.getHome() == a) == home) {
                        next = s;
                        break;
                    }
                }
                if (next < 0 || next == start) {
                    return chain;
                }
                cur = next;
            }
        }

        /** In each listed round, a takes over b's game (same opponent and venue) and vice versa. */
        private void swapTeamsAt(int a, int b, List<Integer> roundList, List<TfMatch> moved, List<Integer> target) {
            for (int r : roundList) {
                TfMatch ga = at[a][r];
                TfMatch gb = at[b][r];
                int oa = ga.getHome() == a ? ga.getAway() : ga.getHome();
                int ob = gb.getHome() == b ? gb.getAway() : gb.getHome();
                TfMatch forA = gb.getHome() == b ? byPair[a][ob] : byPair[ob][a];
                TfMatch forB = ga.getHome() == a ? byPair[b][oa] : byPair[oa][b];
                add(moved, target, forA, r);
                add(moved, target, forB, r);
            }
        }

        private static void add(List<TfMatch> moved, List<Integer> target, TfMatch m, int round) {
            moved.add(m);
            target.add(round);
        }

        private static ReassignRoundsMove build(String kind, List<TfMatch> moved, List<Integer> target) {
            return new ReassignRoundsMove(kind, moved.toArray(new TfMatch[0]),
                    target.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
