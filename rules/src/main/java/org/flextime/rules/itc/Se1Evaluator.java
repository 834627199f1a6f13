package org.flextime.rules.itc;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.Se1;

/**
 * SE1: for each pair of teams, the number of slots strictly between their two meetings, outside
 * [min, max]. Pairs with a meeting missing are left to the format check.
 */
public final class Se1Evaluator implements FamilyEvaluator<Se1> {

    @Override
    public Class<Se1> family() {
        return Se1.class;
    }

    @Override
    public List<Deviation> deviations(Se1 c, Timetable timetable) {
        List<Integer> teams = c.teams().stream().distinct().toList();
        List<Deviation> result = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            for (int j = i + 1; j < teams.size(); j++) {
                int a = teams.get(i);
                int b = teams.get(j);
                int first = timetable.slotOf(a, b);
                int second = timetable.slotOf(b, a);
                if (first < 0 || second < 0) {
                    continue;
                }
                int between = Math.abs(first - second) - 1;
                int deviation = Deviation.outside(between, c.min(), c.max());
                if (deviation > 0) {
                    result.add(new Deviation(deviation, "teams " + a + " and " + b + " meet in slots "
                            + Math.min(first, second) + " and " + Math.max(first, second) + " with " + between
                            + " slots between, " + Deviation.bounds(c.min(), c.max()) + ": deviation " + deviation));
                }
            }
        }
        return result;
    }
}
