package org.flextime.rules.itc;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.Ca3;
import org.flextime.rules.robinx.ScheduledMatch;

/**
 * CA3: per team in teams1 and per window of intp consecutive slots, deviation = its games (mode1)
 * against teams2 in the window outside [min, max]; the deviations of all windows add up.
 */
public final class Ca3Evaluator implements FamilyEvaluator<Ca3> {

    @Override
    public Class<Ca3> family() {
        return Ca3.class;
    }

    @Override
    public List<Deviation> deviations(Ca3 c, Timetable timetable) {
        IdSet opponents = new IdSet(c.teams2(), timetable.teamCount());
        List<Deviation> result = new ArrayList<>();
        for (int team : c.teams1().stream().distinct().toList()) {
            int[] perSlot = new int[timetable.slotCount()];
            for (ScheduledMatch game : timetable.games()) {
                if (GameCounter.counts(game, team, c.mode1(), opponents)) {
                    perSlot[game.slot()]++;
                }
            }
            // windows never run past the last slot: a season of S slots has S - intp + 1 of them
            for (int first = 0; first + c.intp() <= timetable.slotCount(); first++) {
                int count = 0;
                for (int s = first; s < first + c.intp(); s++) {
                    count += perSlot[s];
                }
                int deviation = Deviation.outside(count, c.min(), c.max());
                if (deviation > 0) {
                    result.add(new Deviation(deviation, "team " + team + " plays " + count + " " + c.mode1()
                            + " games against teams " + IdSet.format(c.teams2()) + " in slots " + first + ".."
                            + (first + c.intp() - 1) + ", " + Deviation.bounds(c.min(), c.max())
                            + ": deviation " + deviation));
                }
            }
        }
        return result;
    }
}
