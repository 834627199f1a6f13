package org.flextime.rules.itc;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.Ca2;
import org.flextime.rules.robinx.ScheduledMatch;

/** CA2: per team in teams1, deviation = its games (mode1) against teams2 in slots outside [min, max]. */
public final class Ca2Evaluator implements FamilyEvaluator<Ca2> {

    @Override
    public Class<Ca2> family() {
        return Ca2.class;
    }

    @Override
    public List<Deviation> deviations(Ca2 c, Timetable timetable) {
        IdSet slots = new IdSet(c.slots(), timetable.slotCount());
        IdSet opponents = new IdSet(c.teams2(), timetable.teamCount());
        List<Deviation> result = new ArrayList<>();
        for (int team : c.teams1().stream().distinct().toList()) {
            List<String> counted = new ArrayList<>();
            for (ScheduledMatch game : timetable.games()) {
                if (slots.contains(game.slot()) && GameCounter.counts(game, team, c.mode1(), opponents)) {
                    counted.add(GameCounter.describe(game));
                }
            }
            int deviation = Deviation.outside(counted.size(), c.min(), c.max());
            if (deviation > 0) {
                result.add(new Deviation(deviation, "team " + team + " plays " + counted.size() + " " + c.mode1()
                        + " games against teams " + IdSet.format(c.teams2()) + " in slots " + IdSet.format(c.slots())
                        + " " + counted + ", " + Deviation.bounds(c.min(), c.max()) + ": deviation " + deviation));
            }
        }
        return result;
    }
}
