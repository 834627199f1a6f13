package org.flextime.engine.ttp;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a schedule against the TTP rules and computes its travel distance, independently of any solver.
 *
 * <p>Rules: every ordered pair meets exactly once (double round robin), every team plays exactly once in every
 * slot, at most {@code maxStreak} consecutive home or away games, and no repeaters (the two meetings of a pair in
 * adjacent slots) when the instance asks for separation.
 */
public final class TtpEvaluator {

    /** Evaluates the games of a schedule against an instance. */
    public TtpEvaluation evaluate(TtpInstance instance, List<TtpGame> games) {
        int n = instance.teams();
        int slots = instance.slots();
        List<String> violations = new ArrayList<>();
        // gameAt[team][slot] = the first valid game of that team in that slot; counts catch duplicates.
        TtpGame[][] gameAt = new TtpGame[n][slots];
        int[][] gamesInSlot = new int[n][slots];
        int[][] meetings = new int[n][n];
        for (TtpGame g : games) {
            if (!valid(g, n, slots)) {
                violations.add("invalid game home=" + g.home() + " away=" + g.away() + " slot=" + g.slot()
                        + " (teams 0.." + (n - 1) + ", slots 0.." + (slots - 1) + ", home and away distinct)");
                continue;
            }
            meetings[g.home()][g.away()]++;
            for (int t : new int[] {g.home(), g.away()}) {
                if (gamesInSlot[t][g.slot()]++ == 0) {
                    gameAt[t][g.slot()] = g;
                }
            }
        }
        for (int h = 0; h < n; h++) {
            for (int a = 0; a < n; a++) {
                if (h != a && meetings[h][a] != 1) {
                    violations.add("double round robin: " + name(instance, a) + " at " + name(instance, h)
                            + " is scheduled " + meetings[h][a] + " times, expected once");
                }
            }
        }
        for (int t = 0; t < n; t++) {
            for (int s = 0; s < slots; s++) {
                if (gamesInSlot[t][s] != 1) {
                    violations.add("team " + name(instance, t) + " plays " + gamesInSlot[t][s]
                            + " games in slot " + s + ", expected exactly one");
                }
            }
        }
        for (int t = 0; t < n; t++) {
            checkStreaks(instance, t, gameAt[t], violations);
        }
        if (instance.minSeparation() >= 1) {
            checkRepeaters(instance, gameAt, violations);
        }
        return new TtpEvaluation(violations, distance(instance, gameAt));
    }

    private static boolean valid(TtpGame g, int n, int slots) {
        return g.home() >= 0 && g.home() < n && g.away() >= 0 && g.away() < n && g.home() != g.away()
                && g.slot() >= 0 && g.slot() < slots;
    }

    private static void checkStreaks(TtpInstance instance, int team, TtpGame[] schedule, List<String> violations) {
        int runStart = 0;
        Boolean runHome = null;
        for (int s = 0; s <= schedule.length; s++) {
            Boolean home = s < schedule.length && schedule[s] != null ? schedule[s].home() == team : null;
            // A run ends at a venue change, at a slot without a game, or at the end of the season.
            if (home == null || !home.equals(runHome)) {
                int length = s - runStart;
                if (runHome != null && length > instance.maxStreak()) {
                    violations.add("team " + name(instance, team) + " plays " + length + " consecutive "
                            + (runHome ? "home" : "away") + " games in slots " + runStart + "-" + (s - 1)
                            + ", at most " + instance.maxStreak() + " allowed");
                }
                runStart = s;
                runHome = home;
            }
        }
    }

    private static void checkRepeaters(TtpInstance instance, TtpGame[][] gameAt, List<String> violations) {
        for (int t = 0; t < gameAt.length; t++) {
            for (int s = 0; s + 1 < gameAt[t].length; s++) {
                TtpGame first = gameAt[t][s];
                TtpGame second = gameAt[t][s + 1];
                // Report each repeater once, from the home team of the first meeting.
                if (first != null && second != null && first.home() == t
                        && second.home() == first.away() && second.away() == t) {
                    violations.add("repeater: " + name(instance, first.away()) + " at " + name(instance, t)
                            + " in slot " + s + " is directly followed by " + name(instance, t) + " at "
                            + name(instance, first.away()) + " in slot " + (s + 1));
                }
            }
        }
    }

    /** Each team's season over the slots it has a game in: a slot without one keeps the team where it is. */
    private static long distance(TtpInstance instance, TtpGame[][] gameAt) {
        long total = 0;
        int[] opponents = new int[instance.slots()];
        boolean[] atHome = new boolean[instance.slots()];
        for (int t = 0; t < gameAt.length; t++) {
            int played = 0;
            for (TtpGame g : gameAt[t]) {
                if (g != null) {
                    atHome[played] = g.home() == t;
                    opponents[played++] = g.home() == t ? g.away() : g.home();
                }
            }
            total += instance.travel().season(t, opponents, atHome, played);
        }
        return total;
    }

    private static String name(TtpInstance instance, int team) {
        return instance.teamNames().get(team) + "(" + team + ")";
    }
}
