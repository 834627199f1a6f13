package org.flextime.engine.cpsat;

import java.util.SplittableRandom;

/**
 * The parts of a schedule the large neighbourhood search frees in turn, everything else fixed to the current
 * schedule: a window of consecutive slots, a group of teams (the games among them), or the venue of every game
 * (who hosts, each game staying in its slot). The window and the group grow after a re-solve CP-SAT finished
 * (the neighbourhood was too easy) and shrink after one it could not finish, so their size follows what the
 * solver manages on this instance, not a number tuned to one.
 */
final class Neighbourhoods {

    /** What a neighbourhood frees. */
    enum Kind {
        /** Every game in a window of consecutive slots. */
        SLOTS,
        /** Every game between two teams of a group. */
        TEAMS,
        /** Who hosts each game, slots kept. */
        VENUES
    }

    private final SplittableRandom random;
    private final int teams;
    private final int slots;
    private double window;
    private double group;

    Neighbourhoods(SplittableRandom random, int teams, int slots) {
        this.random = random;
        this.teams = teams;
        this.slots = slots;
        window = Math.min(slots, Math.max(2, slots / 8.0));
        group = Math.min(teams, Math.max(3, teams / 4.0));
    }

    /** The next neighbourhood: mostly slot windows and team groups, now and then all venues. */
    Kind next() {
        int draw = random.nextInt(10);
        return draw < 5 ? Kind.SLOTS : draw < 9 ? Kind.TEAMS : Kind.VENUES;
    }

    /** Frees the games outside the neighbourhood of {@code kind} by fixing them to {@code current}. */
    void fixOutside(RoundRobinModel model, Kind kind, boolean[][][] current) {
        GameVariables games = model.games();
        switch (kind) {
            case SLOTS -> {
                int size = (int) Math.round(window);
                int first = random.nextInt(slots - size + 1);
                for (int h = 0; h < teams; h++) {
                    for (int a = 0; a < teams; a++) {
                        if (h == a) {
                            continue;
                        }
                        for (int s = 0; s < slots; s++) {
                            if (s < first || s >= first + size) {
                                model.fix(games.game(h, a, s), current[h][a][s]);
                            }
                        }
                    }
                }
            }
            case TEAMS -> {
                boolean[] member = new boolean[teams];
                int size = (int) Math.round(group);
                int chosen = 0;
                while (chosen < size) {
                    int t = random.nextInt(teams);
                    if (!member[t]) {
                        member[t] = true;
                        chosen++;
                    }
                }
                for (int h = 0; h < teams; h++) {
                    for (int a = 0; a < teams; a++) {
                        if (h != a && !(member[h] && member[a])) {
                            for (int s = 0; s < slots; s++) {
                                model.fix(games.game(h, a, s), current[h][a][s]);
                            }
                        }
                    }
                }
            }
            case VENUES -> {
                for (int h = 0; h < teams; h++) {
                    for (int a = 0; a < teams; a++) {
                        if (h != a) {
                            for (int s = 0; s < slots; s++) {
                                if (!current[h][a][s] && !current[a][h][s]) {
                                    model.fix(games.game(h, a, s), false);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** Adapts the size of the kind: grows after a finished re-solve, shrinks after an unfinished one. */
    void learn(Kind kind, boolean finished) {
        double factor = finished ? 1.1 : 0.93;
        if (kind == Kind.SLOTS) {
            window = Math.max(2, Math.min(slots, window * factor));
        } else if (kind == Kind.TEAMS) {
            group = Math.max(3, Math.min(teams, group * factor));
        }
    }
}
