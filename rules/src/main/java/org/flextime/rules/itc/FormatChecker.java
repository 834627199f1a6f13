package org.flextime.rules.itc;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.ConstraintType;
import org.flextime.rules.robinx.GameMode;
import org.flextime.rules.robinx.Instance;

/**
 * The basic format as HARD violations (family {@link Violation#FORMAT}): every pair meets as the number
 * of round robins requires, no team plays twice in a slot, and a phased season has each pair meet once
 * per half. Each missing or extra game, each extra game of a team in a slot, and each pair meeting twice
 * in one half counts 1 towards infeasibility, so a broken schedule can never score as feasible.
 */
public final class FormatChecker {

    /** The format violations of the timetable. */
    public List<Violation> check(Instance instance, Timetable timetable) {
        List<Violation> violations = new ArrayList<>();
        checkMeetings(instance, timetable, violations);
        checkDoubleBookings(timetable, violations);
        if (instance.gameMode() == GameMode.PHASED && instance.roundRobins() == 2) {
            checkPhases(timetable, violations);
        }
        return violations;
    }

    private static void checkMeetings(Instance instance, Timetable timetable, List<Violation> violations) {
        int rounds = instance.roundRobins();
        for (int a = 0; a < timetable.teamCount(); a++) {
            for (int b = a + 1; b < timetable.teamCount(); b++) {
                if (rounds % 2 == 0) {
                    // an even number of round robins means each team hosts the other equally often
                    expect(violations, a, b, timetable.timesScheduled(a, b), rounds / 2);
                    expect(violations, b, a, timetable.timesScheduled(b, a), rounds / 2);
                } else {
                    int total = timetable.timesScheduled(a, b) + timetable.timesScheduled(b, a);
                    if (total != rounds) {
                        violations.add(hard(Math.abs(total - rounds), "teams " + a + " and " + b + " meet " + total
                                + " times, expected " + rounds));
                    }
                }
            }
        }
    }

    private static void expect(List<Violation> violations, int home, int away, int actual, int expected) {
        if (actual != expected) {
            String what = actual < expected ? "is missing" : "is scheduled " + actual + " times";
            violations.add(hard(Math.abs(actual - expected), "game " + home + "-" + away + " (home " + home
                    + ", away " + away + ") " + what + ", expected " + expected));
        }
    }

    private static void checkDoubleBookings(Timetable timetable, List<Violation> violations) {
        for (int team = 0; team < timetable.teamCount(); team++) {
            for (int slot = 0; slot < timetable.slotCount(); slot++) {
                int games = timetable.gamesInSlot(team, slot);
                if (games > 1) {
                    violations.add(hard(games - 1, "team " + team + " plays " + games + " games in slot " + slot));
                }
            }
        }
    }

    private static void checkPhases(Timetable timetable, List<Violation> violations) {
        int half = timetable.slotCount() / 2;
        for (int a = 0; a < timetable.teamCount(); a++) {
            for (int b = a + 1; b < timetable.teamCount(); b++) {
                int first = timetable.slotOf(a, b);
                int second = timetable.slotOf(b, a);
                if (first >= 0 && second >= 0 && (first < half) == (second < half)) {
                    violations.add(hard(1, "phased season: teams " + a + " and " + b + " meet twice in the "
                            + (first < half ? "first" : "second") + " half (slots " + first + " and " + second + ")"));
                }
            }
        }
    }

    private static Violation hard(int deviation, String explanation) {
        return new Violation(Violation.FORMAT, 0, ConstraintType.HARD, deviation, 1, explanation);
    }
}
