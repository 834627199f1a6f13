package org.flextime.engine.cpsat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.flextime.rules.robinx.Br1;
import org.flextime.rules.robinx.Br2;
import org.flextime.rules.robinx.Ca1;
import org.flextime.rules.robinx.Ca2;
import org.flextime.rules.robinx.Ca3;
import org.flextime.rules.robinx.Ca4;
import org.flextime.rules.robinx.Fa2;
import org.flextime.rules.robinx.Ga1;
import org.flextime.rules.robinx.Meeting;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.Se1;

/**
 * The parts of a schedule the large neighbourhood search frees in turn, everything else fixed to the current
 * schedule: a window of consecutive slots, a group of teams (the games among them), or the venue of every game
 * (who hosts, each game staying in its slot). The window and the group grow after a re-solve CP-SAT finished
 * (the neighbourhood was too easy) and shrink after one it could not finish, so their size follows what the
 * solver manages on this instance, not a number tuned to one. Given a focus (the teams and slots of a rule the
 * current schedule breaks), the window covers one of its slots and the group starts from its teams, so the search
 * spends its effort where the schedule is wrong.
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

    /** The teams and slots a rule speaks of: what must change for a broken rule to hold. */
    record Focus(List<Integer> teams, List<Integer> slots) {

        /** Copies the lists so the record stays immutable. */
        Focus {
            teams = List.copyOf(teams);
            slots = List.copyOf(slots);
        }
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
    void fixOutside(RoundRobinModel model, Kind kind, boolean[][][] current, Optional<Focus> focus) {
        GameVariables games = model.games();
        switch (kind) {
            case SLOTS -> {
                int size = (int) Math.round(window);
                int first = random.nextInt(slots - size + 1);
                if (focus.isPresent() && !focus.get().slots().isEmpty()) {
                    List<Integer> wrong = focus.get().slots();
                    int covered = wrong.get(random.nextInt(wrong.size()));
                    first = Math.max(0, Math.min(slots - size, covered - random.nextInt(size)));
                }
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
                if (focus.isPresent()) {
                    List<Integer> wrong = new ArrayList<>(focus.get().teams());
                    while (chosen < size && !wrong.isEmpty()) {
                        int t = wrong.remove(random.nextInt(wrong.size()));
                        if (!member[t]) {
                            member[t] = true;
                            chosen++;
                        }
                    }
                }
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

    /** The teams and slots of the rule. */
    static Focus focusOf(RobinxConstraint rule, int teams, int slots) {
        List<Integer> allSlots = IntStream.range(0, slots).boxed().toList();
        if (rule instanceof Ca1 c) {
            return new Focus(c.teams(), c.slots());
        } else if (rule instanceof Ca2 c) {
            return new Focus(union(c.teams1(), c.teams2()), c.slots());
        } else if (rule instanceof Ca3 c) {
            return new Focus(union(c.teams1(), c.teams2()), allSlots);
        } else if (rule instanceof Ca4 c) {
            return new Focus(union(c.teams1(), c.teams2()), c.slots());
        } else if (rule instanceof Ga1 c) {
            List<Integer> met = new ArrayList<>();
            for (Meeting m : c.meetings()) {
                met.add(m.home());
                met.add(m.away());
            }
            return new Focus(union(met, List.of()), c.slots());
        } else if (rule instanceof Br1 c) {
            return new Focus(c.teams(), c.slots());
        } else if (rule instanceof Br2 c) {
            return new Focus(c.teams(), c.slots());
        } else if (rule instanceof Fa2 c) {
            return new Focus(c.teams(), c.slots());
        } else if (rule instanceof Se1 c) {
            return new Focus(c.teams(), allSlots);
        }
        return new Focus(IntStream.range(0, teams).boxed().toList(), allSlots);
    }

    private static List<Integer> union(List<Integer> first, List<Integer> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).distinct().toList();
    }
}
