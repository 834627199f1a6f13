package org.flextime.rules.itc;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.Br1;

/** BR1: per team in teams, deviation = how far its breaks (mode2) in slots lie past intp (mode1). */
public final class Br1Evaluator implements FamilyEvaluator<Br1> {

    @Override
    public Class<Br1> family() {
        return Br1.class;
    }

    @Override
    public List<Deviation> deviations(Br1 c, Timetable timetable) {
        IdSet slots = new IdSet(c.slots(), timetable.slotCount());
        List<Deviation> result = new ArrayList<>();
        for (int team : c.teams().stream().distinct().toList()) {
            List<Integer> breaks = Breaks.of(timetable, team, slots, c.mode2());
            int deviation = c.mode1().deviation(breaks.size(), c.intp());
            if (deviation > 0) {
                result.add(new Deviation(deviation, "team " + team + " has " + breaks.size() + " " + c.mode2()
                        + " breaks in slots " + breaks + " (of " + IdSet.format(c.slots()) + "), "
                        + c.mode1() + " " + c.intp() + ": deviation " + deviation));
            }
        }
        return result;
    }
}
