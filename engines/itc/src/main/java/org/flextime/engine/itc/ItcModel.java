package org.flextime.engine.itc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.flextime.rules.robinx.Br1;
import org.flextime.rules.robinx.Br2;
import org.flextime.rules.robinx.Ca1;
import org.flextime.rules.robinx.Ca2;
import org.flextime.rules.robinx.Ca3;
import org.flextime.rules.robinx.Ca4;
import org.flextime.rules.robinx.Comparison;
import org.flextime.rules.robinx.ConstraintType;
import org.flextime.rules.robinx.CountMode;
import org.flextime.rules.robinx.Fa2;
import org.flextime.rules.robinx.Ga1;
import org.flextime.rules.robinx.GameMode;
import org.flextime.rules.robinx.HomeAwayMode;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.Meeting;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.Se1;

/**
 * An ITC2021 instance compiled for incremental scoring. Every constraint is split into units (per team,
 * per slot, per pair or whole) whose value depends on few cells (team, slot) or pairs of teams; a move
 * re-computes only the units of the cells and pairs it changes. The unit semantics follow the
 * {@code org.flextime.rules.itc} evaluators exactly (tests compare both on random schedules).
 */
final class ItcModel {

    /** How a constraint turns the sum of its unit values into its deviation. */
    enum Aggregate {
        /** Deviation = sum of unit values (each unit already is a deviation). */
        SUM,
        /** BR2: deviation = comparison(sum of per-team break counts, intp). */
        BR2
    }

    final Instance instance;
    final int teams;
    final int slots;
    final boolean phased;

    // constraints
    final int constraintCount;
    final boolean[] hard;
    final int[] penalty;
    final Aggregate[] aggregate;
    final Comparison[] br2Comparison;
    final int[] br2Bound;
    final String[] label;

    // units
    final List<Unit> units = new ArrayList<>();
    /** Total counters the units keep in a state. */
    int counterCount;
    /** Units depending on cell (team, slot), index team * slots + slot. */
    final int[][] cellUnits;
    /**
     * Per cell, the counting units (CA1, CA2, CA4) that depend on it: unit ids, their counter index and their
     * contribution table for this cell's team, indexed by {@link #key} of the cell's game.
     */
    final int[][] countUnits;
    final int[][] countCounters;
    final int[][][] countTables;
    /** Per cell, the CA3 units and the break units (BR1, BR2) that depend on it. */
    final Ca3Team[][] ca3Units;
    final int[][] ca3Ids;
    final BreakTeam[][] breakUnits;
    final int[][] breakIds;
    /** Per cell, the units that re-compute (FA2). */
    final int[][] otherUnits;
    /** Units depending on the meetings of an unordered pair, index min * teams + max. */
    final int[][] pairUnits;

    private final List<Set<Integer>> cellDeps;
    private final List<Set<Integer>> pairDeps;

    /** True when the model scores only the HARD constraints (SOFT ones keep deviation 0). */
    final boolean hardOnly;

    /** The model of every constraint. */
    ItcModel(Instance instance) {
        this(instance, false);
    }

    /** The model of every constraint, or of the HARD ones only (a faster model to search for feasibility). */
    ItcModel(Instance instance, boolean hardOnly) {
        this.instance = instance;
        this.hardOnly = hardOnly;
        this.teams = instance.teamCount();
        this.slots = instance.slotCount();
        if (instance.minimizesTravel()) {
            throw new IllegalArgumentException(instance.name() + ": a travel-distance (TTP) instance, not ITC2021");
        }
        if (instance.roundRobins() != 2) {
            throw new IllegalArgumentException(instance.name() + ": only double round robins are supported, got "
                    + instance.roundRobins() + " round robins");
        }
        if (teams < 2 || teams % 2 != 0) {
            throw new IllegalArgumentException(instance.name() + ": an even number of teams is needed, got " + teams);
        }
        if (slots != 2 * (teams - 1)) {
            throw new IllegalArgumentException(instance.name() + ": a compact double round robin of " + teams
                    + " teams needs " + 2 * (teams - 1) + " slots, got " + slots);
        }
        this.phased = instance.gameMode() == GameMode.PHASED;
        List<RobinxConstraint> constraints = instance.constraints();
        constraintCount = constraints.size();
        hard = new boolean[constraintCount];
        penalty = new int[constraintCount];
        aggregate = new Aggregate[constraintCount];
        br2Comparison = new Comparison[constraintCount];
        br2Bound = new int[constraintCount];
        label = new String[constraintCount];
        cellDeps = new ArrayList<>();
        for (int i = 0; i < teams * slots; i++) {
            cellDeps.add(new LinkedHashSet<>());
        }
        pairDeps = new ArrayList<>();
        for (int i = 0; i < teams * teams; i++) {
            pairDeps.add(new LinkedHashSet<>());
        }
        for (int c = 0; c < constraintCount; c++) {
            RobinxConstraint constraint = constraints.get(c);
            hard[c] = constraint.type() == ConstraintType.HARD;
            penalty[c] = constraint.penalty();
            aggregate[c] = Aggregate.SUM;
            label[c] = constraint.label();
            if (hardOnly && !hard[c]) {
                continue;
            }
            compile(c, constraint);
        }
        cellUnits = toArrays(cellDeps);
        int cells = teams * slots;
        countUnits = new int[cells][];
        countCounters = new int[cells][];
        countTables = new int[cells][][];
        ca3Units = new Ca3Team[cells][];
        ca3Ids = new int[cells][];
        breakUnits = new BreakTeam[cells][];
        breakIds = new int[cells][];
        otherUnits = new int[cells][];
        for (int cell = 0; cell < cells; cell++) {
            int team = cell / slots;
            List<Integer> count = new ArrayList<>();
            List<Integer> ca3 = new ArrayList<>();
            List<Integer> breaks = new ArrayList<>();
            List<Integer> other = new ArrayList<>();
            for (int u : cellUnits[cell]) {
                Unit unit = units.get(u);
                if (unit instanceof CountUnit) {
                    count.add(u);
                } else if (unit instanceof Ca3Team) {
                    ca3.add(u);
                } else if (unit instanceof BreakTeam) {
                    breaks.add(u);
                } else {
                    other.add(u);
                }
            }
            countUnits[cell] = count.stream().mapToInt(Integer::intValue).toArray();
            countCounters[cell] = count.stream().mapToInt(u -> units.get(u).base).toArray();
            countTables[cell] = new int[count.size()][];
            for (int k = 0; k < count.size(); k++) {
                countTables[cell][k] = ((CountUnit) units.get(count.get(k))).table(team, teams);
            }
            ca3Ids[cell] = ca3.stream().mapToInt(Integer::intValue).toArray();
            ca3Units[cell] = ca3.stream().map(u -> (Ca3Team) units.get(u)).toArray(Ca3Team[]::new);
            breakIds[cell] = breaks.stream().mapToInt(Integer::intValue).toArray();
            breakUnits[cell] = breaks.stream().map(u -> (BreakTeam) units.get(u)).toArray(BreakTeam[]::new);
            otherUnits[cell] = other.stream().mapToInt(Integer::intValue).toArray();
        }
        pairUnits = toArrays(pairDeps);
    }

    private static int[][] toArrays(List<Set<Integer>> deps) {
        int[][] result = new int[deps.size()][];
        for (int i = 0; i < result.length; i++) {
            result[i] = deps.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    private void compile(int c, RobinxConstraint constraint) {
        if (constraint instanceof Ca1 ca1) {
            int[] s = distinctSorted(ca1.slots());
            for (int t : distinct(ca1.teams())) {
                add(new Ca1Team(c, t, s, ca1.mode(), ca1.min(), ca1.max()), cells(t, s));
            }
        } else if (constraint instanceof Ca2 ca2) {
            int[] s = distinctSorted(ca2.slots());
            boolean[] opponents = set(ca2.teams2(), teams);
            for (int t : distinct(ca2.teams1())) {
                add(new Ca2Team(c, t, s, ca2.mode1(), opponents, ca2.min(), ca2.max()), cells(t, s));
            }
        } else if (constraint instanceof Ca3 ca3) {
            boolean[] opponents = set(ca3.teams2(), teams);
            int[] all = range(slots);
            for (int t : distinct(ca3.teams1())) {
                add(new Ca3Team(c, t, ca3.mode1(), opponents, ca3.intp(), ca3.min(), ca3.max(), slots), cells(t, all));
            }
        } else if (constraint instanceof Ca4 ca4) {
            int[] s = distinctSorted(ca4.slots());
            boolean[] teams1 = set(ca4.teams1(), teams);
            boolean[] teams2 = set(ca4.teams2(), teams);
            // a game is counted through its home team's cell: under H that team is in teams1, under A in
            // teams2, under HA in either
            Set<Integer> hosts = new TreeSet<>();
            if (ca4.mode1() != HomeAwayMode.A) {
                hosts.addAll(ca4.teams1());
            }
            if (ca4.mode1() != HomeAwayMode.H) {
                hosts.addAll(ca4.teams2());
            }
            int[] involved = hosts.stream().mapToInt(Integer::intValue).toArray();
            if (ca4.mode2() == CountMode.GLOBAL) {
                add(new Ca4Count(c, s, involved, teams1, teams2, ca4.mode1(), ca4.min(), ca4.max()),
                        cells(involved, s));
            } else {
                for (int slot : s) {
                    int[] one = {slot};
                    add(new Ca4Count(c, one, involved, teams1, teams2, ca4.mode1(), ca4.min(), ca4.max()),
                            cells(involved, one));
                }
            }
        } else if (constraint instanceof Ga1 ga1) {
            List<Meeting> meetings = new ArrayList<>(new LinkedHashSet<>(ga1.meetings()));
            int[] homes = meetings.stream().mapToInt(Meeting::home).toArray();
            int[] aways = meetings.stream().mapToInt(Meeting::away).toArray();
            int unit = add(new Ga1Unit(c, homes, aways, set(ga1.slots(), slots), ga1.min(), ga1.max()), List.of());
            for (Meeting m : meetings) {
                if (m.home() != m.away()) {
                    pairDeps.get(pair(m.home(), m.away())).add(unit);
                }
            }
        } else if (constraint instanceof Br1 br1) {
            int[] s = breakSlots(br1.slots());
            for (int t : distinct(br1.teams())) {
                add(new BreakTeam(c, t, s, slots, br1.mode2(), br1.mode1(), br1.intp()), breakCells(t, s));
            }
        } else if (constraint instanceof Br2 br2) {
            aggregate[c] = Aggregate.BR2;
            br2Comparison[c] = br2.mode2();
            br2Bound[c] = br2.intp();
            int[] s = breakSlots(br2.slots());
            for (int t : distinct(br2.teams())) {
                add(new BreakTeam(c, t, s, slots, br2.homeMode(), null, 0), breakCells(t, s));
            }
        } else if (constraint instanceof Fa2 fa2) {
            int[] members = distinct(fa2.teams());
            add(new Fa2Unit(c, members, set(fa2.slots(), slots), fa2.intp(), fa2.mode()), cells(members, range(slots)));
        } else if (constraint instanceof Se1 se1) {
            int[] members = distinct(se1.teams());
            for (int i = 0; i < members.length; i++) {
                for (int j = i + 1; j < members.length; j++) {
                    int unit = add(new Se1Pair(c, members[i], members[j], se1.min(), se1.max()), List.of());
                    pairDeps.get(pair(members[i], members[j])).add(unit);
                }
            }
        } else {
            throw new IllegalArgumentException(instance.name() + ": constraint " + constraint.label()
                    + " is not an ITC2021 family this solver handles");
        }
    }

    private int add(Unit unit, List<Integer> cells) {
        int id = units.size();
        unit.base = counterCount;
        counterCount += unit.counters();
        units.add(unit);
        for (int cell : cells) {
            cellDeps.get(cell).add(id);
        }
        return id;
    }

    /** Index of a game in a contribution table: the opponent, plus {@code teams} when the team plays away. */
    static int key(int teams, boolean home, int opponent) {
        return home ? opponent : teams + opponent;
    }

    int pair(int a, int b) {
        return a < b ? a * teams + b : b * teams + a;
    }

    private List<Integer> cells(int team, int[] slotIds) {
        List<Integer> result = new ArrayList<>();
        for (int s : slotIds) {
            result.add(team * slots + s);
        }
        return result;
    }

    private List<Integer> cells(int[] teamIds, int[] slotIds) {
        List<Integer> result = new ArrayList<>();
        for (int t : teamIds) {
            result.addAll(cells(t, slotIds));
        }
        return result;
    }

    /** A break in slot s depends on slots s - 1 and s. */
    private List<Integer> breakCells(int team, int[] breakSlots) {
        List<Integer> result = new ArrayList<>();
        for (int s : breakSlots) {
            result.add(team * slots + s - 1);
            result.add(team * slots + s);
        }
        return result;
    }

    /** The listed slots that can hold a break (slot 0 has no predecessor). */
    private static int[] breakSlots(List<Integer> ids) {
        return new TreeSet<>(ids).stream().mapToInt(Integer::intValue).filter(s -> s >= 1).toArray();
    }

    private static int[] distinct(List<Integer> ids) {
        return ids.stream().distinct().mapToInt(Integer::intValue).toArray();
    }

    private static int[] distinctSorted(List<Integer> ids) {
        return new TreeSet<>(ids).stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean[] set(List<Integer> ids, int size) {
        boolean[] member = new boolean[size];
        for (int id : ids) {
            member[id] = true;
        }
        return member;
    }

    private static int[] range(int size) {
        int[] result = new int[size];
        for (int i = 0; i < size; i++) {
            result[i] = i;
        }
        return result;
    }

    static int outside(int count, int min, int max) {
        return Math.max(0, min - count) + Math.max(0, count - max);
    }
}
