package org.flextime.rules.itc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flextime.rules.robinx.Ga1;
import org.flextime.rules.robinx.Meeting;
import org.flextime.rules.robinx.ScheduledMatch;

/** GA1: deviation = number of the listed meetings played in slots, outside [min, max]. */
public final class Ga1Evaluator implements FamilyEvaluator<Ga1> {

    @Override
    public Class<Ga1> family() {
        return Ga1.class;
    }

    @Override
    public List<Deviation> deviations(Ga1 c, Timetable timetable) {
        IdSet slots = new IdSet(c.slots(), timetable.slotCount());
        Set<Meeting> meetings = new LinkedHashSet<>(c.meetings());
        List<String> played = new ArrayList<>();
        for (ScheduledMatch game : timetable.games()) {
            if (slots.contains(game.slot()) && meetings.contains(new Meeting(game.home(), game.away()))) {
                played.add(GameCounter.describe(game));
            }
        }
        int deviation = Deviation.outside(played.size(), c.min(), c.max());
        if (deviation == 0) {
            return List.of();
        }
        String listed = meetings.stream().map(m -> m.home() + "-" + m.away()).toList().toString();
        return List.of(new Deviation(deviation, played.size() + " of meetings " + listed + " are played in slots "
                + IdSet.format(c.slots()) + " " + played + ", " + Deviation.bounds(c.min(), c.max())
                + ": deviation " + deviation));
    }
}
