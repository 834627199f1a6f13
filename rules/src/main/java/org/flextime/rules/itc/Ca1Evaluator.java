package org.flextime.rules.itc;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.Ca1;
import org.flextime.rules.robinx.ScheduledMatch;

/** CA1: per team in teams, deviation = games (home/away per mode) in slots outside [min, max]. */
public final class Ca1Evaluator implements FamilyEvaluator<Ca1> {

    @Override
    public Class<Ca1> family() {
        return Ca1.class;
    }

    @Override
    public List<Deviation> deviations(Ca1 c, Timetable timetable) {
        IdSet slots = new IdSet(c.slots(), timetable.slotCount());
        List<Deviation> result = new ArrayList<>();
        for (int team : c.teams().stream().distinct().toList()) {
            List<String> counted = new ArrayList<>();
            for (ScheduledMatch game : timetable.games()) {
                boolean counts = (game.home() == team && c.mode().counts(true))
                        || (game.away() == team && c.mode().counts(false));
                if (counts && slots.contains(game.slot())) {
                    counted.add(GameCounter.describe(game));
                }
            }
            int deviation = Deviation.outside(counted.size(), c.min(), c.max());
            if (deviation > 0) {
                result.add(new Deviation(deviation, "team " + team + " plays " + counted.size() + " " + c.mode()
                        + " games in slots " + IdSet.format(c.slots()) + " " + counted + ", "
                        + Deviation.bounds(c.min(), c.max()) + ": deviation " + deviation));
            }
        }
        return result;
    }
}
