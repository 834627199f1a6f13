package org.flextime.rules.itc;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.Br2;

/** BR2: deviation = how far the total breaks of all teams in slots lie past intp (mode2). */
public final class Br2Evaluator implements FamilyEvaluator<Br2> {

    @Override
    public Class<Br2> family() {
        return Br2.class;
    }

    @Override
    public List<Deviation> deviations(Br2 c, Timetable timetable) {
        IdSet slots = new IdSet(c.slots(), timetable.slotCount());
        int total = 0;
        List<String> perTeam = new ArrayList<>();
        for (int team : c.teams().stream().distinct().toList()) {
            List<Integer> breaks = Breaks.of(timetable, team, slots, c.homeMode());
            total += breaks.size();
            if (!breaks.isEmpty()) {
                perTeam.add("team " + team + " " + breaks);
            }
        }
        int deviation = c.mode2().deviation(total, c.intp());
        if (deviation == 0) {
            return List.of();
        }
        return List.of(new Deviation(deviation, "teams " + IdSet.format(c.teams()) + " have " + total + " "
                + c.homeMode() + " breaks in slots " + IdSet.format(c.slots()) + " " + perTeam + ", "
                + c.mode2() + " " + c.intp() + ": deviation " + deviation));
    }
}
