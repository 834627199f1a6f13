package org.flextime.rules.itc;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.Br2;

/**
 * BR2: deviation = how far the total breaks of all teams in slots lie past intp (mode2). The total is a sum over
 * teams of what each team's own games give ({@link #breaks}), so a caller that keeps those per team can re-score
 * a change by recomputing the changed teams only and {@link #combine combining}; the whole evaluation is that too.
 */
public final class Br2Evaluator implements FamilyEvaluator<Br2> {

    @Override
    public Class<Br2> family() {
        return Br2.class;
    }

    @Override
    public List<Deviation> deviations(Br2 c, Timetable timetable) {
        List<List<Integer>> perTeam = new ArrayList<>();
        for (int team : teams(c)) {
            perTeam.add(breaks(c, timetable, team));
        }
        return combine(c, perTeam);
    }

    /** The distinct teams of the constraint, in its order: the order {@link #combine} expects their breaks in. */
    public static List<Integer> teams(Br2 c) {
        return c.teams().stream().distinct().toList();
    }

    /** The slots of the constraint's slots in which {@code team} has a break of the counted kind (reads only that team's venues). */
    public static List<Integer> breaks(Br2 c, Timetable timetable, int team) {
        return Breaks.of(timetable, team, new IdSet(c.slots(), timetable.slotCount()), c.homeMode());
    }

    /** The breaks of one BR2 team at a time, its slot set prepared once. */
    public static final class TeamBreaks {
        private final Br2 constraint;
        private final IdSet slots;

        /** For the constraint in an instance of {@code slotCount} slots. */
        public TeamBreaks(Br2 constraint, int slotCount) {
            this.constraint = constraint;
            this.slots = new IdSet(constraint.slots(), slotCount);
        }

        /** The breaks of a team whose venue in slot s is {@code venues[s]} ({@link Timetable#venuesOf}). */
        public List<Integer> of(Timetable.Venue[] venues) {
            return Breaks.of(venues, slots, constraint.homeMode());
        }
    }

    /** The deviation from every team's breaks, given in {@link #teams} order; empty when satisfied. */
    public static List<Deviation> combine(Br2 c, List<List<Integer>> breaksByTeam) {
        List<Integer> teams = teams(c);
        int total = 0;
        for (List<Integer> breaks : breaksByTeam) {
            total += breaks.size();
        }
        int deviation = c.mode2().deviation(total, c.intp());
        if (deviation == 0) {
            return List.of();
        }
        List<String> perTeam = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            if (!breaksByTeam.get(i).isEmpty()) {
                perTeam.add("team " + teams.get(i) + " " + breaksByTeam.get(i));
            }
        }
        return List.of(new Deviation(deviation, "teams " + IdSet.format(c.teams()) + " have " + total + " "
                + c.homeMode() + " breaks in slots " + IdSet.format(c.slots()) + " " + perTeam + ", "
                + c.mode2() + " " + c.intp() + ": deviation " + deviation));
    }
}
