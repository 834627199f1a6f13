package org.flextime.engine.cpsat;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flextime.rules.robinx.Br1;
import org.flextime.rules.robinx.Br2;
import org.flextime.rules.robinx.Ca1;
import org.flextime.rules.robinx.Ca2;
import org.flextime.rules.robinx.Ca3;
import org.flextime.rules.robinx.Ca4;
import org.flextime.rules.robinx.Comparison;
import org.flextime.rules.robinx.CountMode;
import org.flextime.rules.robinx.Fa2;
import org.flextime.rules.robinx.Ga1;
import org.flextime.rules.robinx.HomeAwayMode;
import org.flextime.rules.robinx.Meeting;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.Se1;

/**
 * Turns each RobinX rule into deviation variables, measured exactly as the ITC2021 definitions (and the rules
 * module's evaluators) measure them: per team for CA1-CA3 and BR1, per window for CA3, per slot or in total for
 * CA4, in total for GA1 and BR2, per pair of teams for FA2 and SE1.
 */
final class RuleEncoder {

    private final CpModel model;
    private final GameVariables games;
    private final int roundRobins;

    RuleEncoder(CpModel model, GameVariables games, int roundRobins) {
        this.model = model;
        this.games = games;
        this.roundRobins = roundRobins;
    }

    /** The rule's deviation variables; an unsupported family is refused. */
    RuleTerm encode(RobinxConstraint rule) {
        List<IntVar> deviations;
        if (rule instanceof Ca1 c) {
            deviations = ca1(c);
        } else if (rule instanceof Ca2 c) {
            deviations = ca2(c);
        } else if (rule instanceof Ca3 c) {
            deviations = ca3(c);
        } else if (rule instanceof Ca4 c) {
            deviations = ca4(c);
        } else if (rule instanceof Ga1 c) {
            deviations = ga1(c);
        } else if (rule instanceof Br1 c) {
            deviations = br1(c);
        } else if (rule instanceof Br2 c) {
            deviations = br2(c);
        } else if (rule instanceof Fa2 c) {
            deviations = fa2(c);
        } else if (rule instanceof Se1 c) {
            deviations = se1(c);
        } else {
            throw new IllegalArgumentException("constraint family " + rule.family() + " (line " + rule.line()
                    + ") is not supported; supported: CA1-CA4, GA1, BR1, BR2, FA2, SE1");
        }
        return new RuleTerm(rule, deviations.stream().filter(d -> d != null).toList());
    }

    private List<IntVar> ca1(Ca1 c) {
        List<IntVar> result = new ArrayList<>();
        for (int team : distinct(c.teams())) {
            LinearExprBuilder count = LinearExpr.newBuilder();
            int terms = 0;
            for (int s : distinct(c.slots())) {
                games.addCounted(count, team, s, c.mode());
                terms++;
            }
            result.add(outside(count, terms, c.min(), c.max()));
        }
        return result;
    }

    private List<IntVar> ca2(Ca2 c) {
        List<IntVar> result = new ArrayList<>();
        for (int team : distinct(c.teams1())) {
            result.add(outside(against(team, c.teams2(), distinct(c.slots()), c.mode1()), c.slots().size(),
                    c.min(), c.max()));
        }
        return result;
    }

    private List<IntVar> ca3(Ca3 c) {
        List<IntVar> result = new ArrayList<>();
        for (int team : distinct(c.teams1())) {
            for (int first = 0; first + c.intp() <= games.slots(); first++) {
                List<Integer> window = new ArrayList<>();
                for (int s = first; s < first + c.intp(); s++) {
                    window.add(s);
                }
                result.add(outside(against(team, c.teams2(), window, c.mode1()), c.intp(), c.min(), c.max()));
            }
        }
        return result;
    }

    /** The team's games counted by mode against any of {@code opponents} in {@code slots}. */
    private LinearExprBuilder against(int team, List<Integer> opponents, List<Integer> slots, HomeAwayMode mode) {
        Set<Integer> others = new LinkedHashSet<>(opponents);
        others.remove(team);
        LinearExprBuilder count = LinearExpr.newBuilder();
        boolean everyone = others.size() == games.teams() - 1;
        for (int s : slots) {
            if (everyone) {
                // against everyone: the team's own home/away literal says the same with one term
                games.addCounted(count, team, s, mode);
            } else {
                for (int opponent : others) {
                    games.addCountedAgainst(count, team, opponent, s, mode);
                }
            }
        }
        return count;
    }

    private List<IntVar> ca4(Ca4 c) {
        Set<Integer> teams1 = new LinkedHashSet<>(c.teams1());
        Set<Integer> teams2 = new LinkedHashSet<>(c.teams2());
        List<IntVar> result = new ArrayList<>();
        List<Integer> slots = distinct(c.slots());
        int perSlot = games.teams() / 2;
        if (c.mode2() == CountMode.GLOBAL) {
            LinearExprBuilder count = LinearExpr.newBuilder();
            for (int s : slots) {
                addCa4Games(count, c.mode1(), teams1, teams2, s);
            }
            result.add(outside(count, (long) perSlot * slots.size(), c.min(), c.max()));
        } else {
            for (int s : slots) {
                LinearExprBuilder count = LinearExpr.newBuilder();
                addCa4Games(count, c.mode1(), teams1, teams2, s);
                result.add(outside(count, perSlot, c.min(), c.max()));
            }
        }
        return result;
    }

    /** H: home in teams1, away in teams2; A: the reverse; HA: either, each game once. */
    private void addCa4Games(LinearExprBuilder count, HomeAwayMode mode, Set<Integer> teams1, Set<Integer> teams2,
            int slot) {
        if (mode != HomeAwayMode.HA && teams2.size() == games.teams()) {
            // against everyone: the home (or away) games of teams1 are their home (or away) literals, which a
            // home-away pattern also has
            for (int t : teams1) {
                games.addCounted(count, t, slot, mode);
            }
            return;
        }
        for (int h = 0; h < games.teams(); h++) {
            for (int a = 0; a < games.teams(); a++) {
                if (h == a) {
                    continue;
                }
                boolean hosted = teams1.contains(h) && teams2.contains(a);
                boolean visited = teams1.contains(a) && teams2.contains(h);
                boolean counted = switch (mode) {
                    case H -> hosted;
                    case A -> visited;
                    case HA -> hosted || visited;
                };
                if (counted) {
                    count.add(games.game(h, a, slot));
                }
            }
        }
    }

    private List<IntVar> ga1(Ga1 c) {
        LinearExprBuilder count = LinearExpr.newBuilder();
        Set<Meeting> meetings = new LinkedHashSet<>(c.meetings());
        List<Integer> slots = distinct(c.slots());
        for (Meeting m : meetings) {
            for (int s : slots) {
                count.add(games.game(m.home(), m.away(), s));
            }
        }
        return Collections.singletonList(outside(count, (long) meetings.size() * roundRobins, c.min(), c.max()));
    }

    private List<IntVar> br1(Br1 c) {
        List<IntVar> result = new ArrayList<>();
        for (int team : distinct(c.teams())) {
            LinearExprBuilder count = LinearExpr.newBuilder();
            for (int s : distinct(c.slots())) {
                games.addBreaks(count, team, s, c.mode2());
            }
            result.add(compared(count, c.slots().size(), c.mode1(), c.intp()));
        }
        return result;
    }

    private List<IntVar> br2(Br2 c) {
        LinearExprBuilder count = LinearExpr.newBuilder();
        List<Integer> teams = distinct(c.teams());
        for (int team : teams) {
            for (int s : distinct(c.slots())) {
                games.addBreaks(count, team, s, c.homeMode());
            }
        }
        return Collections.singletonList(compared(count, (long) teams.size() * c.slots().size(), c.mode2(), c.intp()));
    }

    private List<IntVar> fa2(Fa2 c) {
        List<Integer> teams = distinct(c.teams());
        List<Integer> slots = distinct(c.slots());
        List<IntVar> result = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            for (int j = i + 1; j < teams.size(); j++) {
                // one deviation per pair: the largest difference over the listed slots, beyond intp
                IntVar d = model.newIntVar(0, games.slots(), "fa2_" + c.line() + "_" + i + "_" + j);
                for (int s : slots) {
                    IntVar first = games.played(teams.get(i), s, c.mode());
                    IntVar second = games.played(teams.get(j), s, c.mode());
                    model.addLessOrEqual(LinearExpr.newBuilder().add(first).addTerm(second, -1).addTerm(d, -1),
                            c.intp());
                    model.addLessOrEqual(LinearExpr.newBuilder().add(second).addTerm(first, -1).addTerm(d, -1),
                            c.intp());
                }
                result.add(d);
            }
        }
        return result;
    }

    private List<IntVar> se1(Se1 c) {
        if (roundRobins != 2) {
            throw new IllegalArgumentException("SE1 (line " + c.line() + ") needs a double round robin, the instance has "
                    + roundRobins + " round robins");
        }
        List<Integer> teams = distinct(c.teams());
        List<IntVar> result = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            for (int j = i + 1; j < teams.size(); j++) {
                int a = teams.get(i);
                int b = teams.get(j);
                IntVar gap = model.newIntVar(1, games.slots() - 1L, "se1gap_" + c.line() + "_" + a + "_" + b);
                model.addAbsEquality(gap, LinearExpr.newBuilder().add(games.slotOf(a, b))
                        .addTerm(games.slotOf(b, a), -1));
                // slots strictly between the meetings: gap - 1
                result.add(outside(LinearExpr.newBuilder().add(gap).add(-1), games.slots(), c.min(), c.max()));
            }
        }
        return result;
    }

    /**
     * A variable at least as large as how far {@code count} (0..countMax) lies outside [min, max]; null when the
     * count can never lie outside.
     */
    private IntVar outside(LinearExprBuilder count, long countMax, int min, int max) {
        boolean bindsMin = min > 0;
        boolean bindsMax = max != RobinxConstraint.UNBOUNDED && max < countMax;
        if (!bindsMin && !bindsMax) {
            return null;
        }
        IntVar d = model.newIntVar(0, Math.max(0, min) + countMax, "dev");
        if (bindsMin) {
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(count).add(d), min);
        }
        if (bindsMax) {
            model.addLessOrEqual(LinearExpr.newBuilder().add(count).addTerm(d, -1), max);
        }
        return d;
    }

    /** A variable at least as large as how far {@code count} lies on the wrong side of {@code bound}. */
    private IntVar compared(LinearExprBuilder count, long countMax, Comparison comparison, int bound) {
        return switch (comparison) {
            case LEQ -> outside(count, countMax, 0, bound);
            case GEQ -> outside(count, countMax, bound, RobinxConstraint.UNBOUNDED);
            case EQ -> outside(count, countMax, bound, bound);
        };
    }

    private static List<Integer> distinct(List<Integer> ids) {
        return ids.stream().distinct().toList();
    }
}
