package org.flextime.rules.itc;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.Fa2;

/**
 * FA2: for each pair of teams, the largest difference in home games played (counted from the first
 * slot up to and including each slot in slots) beyond intp; one deviation per pair, not per slot.
 */
public final class Fa2Evaluator implements FamilyEvaluator<Fa2> {

    @Override
    public Class<Fa2> family() {
        return Fa2.class;
    }

    @Override
    public List<Deviation> deviations(Fa2 c, Timetable timetable) {
        IdSet slots = new IdSet(c.slots(), timetable.slotCount());
        List<Integer> teams = c.teams().stream().distinct().toList();
        int[][] played = new int[teams.size()][timetable.slotCount()];
        for (int i = 0; i < teams.size(); i++) {
            int sum = 0;
            for (int s = 0; s < timetable.slotCount(); s++) {
                Timetable.Venue venue = timetable.venue(teams.get(i), s);
                if (venue != Timetable.Venue.NONE && c.mode().counts(venue == Timetable.Venue.HOME)) {
                    sum++;
                }
                played[i][s] = sum;
            }
        }
        List<Deviation> result = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            for (int j = i + 1; j < teams.size(); j++) {
                int largest = 0;
                int worstSlot = -1;
                for (int s = 0; s < timetable.slotCount(); s++) {
                    int difference = Math.abs(played[i][s] - played[j][s]);
                    if (slots.contains(s) && difference > largest) {
                        largest = difference;
                        worstSlot = s;
                    }
                }
                int deviation = Math.max(0, largest - c.intp());
                if (deviation > 0) {
                    result.add(new Deviation(deviation, "teams " + teams.get(i) + " and " + teams.get(j)
                            + " differ by " + largest + " " + c.mode() + " games after slot " + worstSlot
                            + " (" + played[i][worstSlot] + " vs " + played[j][worstSlot] + "), intp " + c.intp()
                            + ": deviation " + deviation));
                }
            }
        }
        return result;
    }
}
