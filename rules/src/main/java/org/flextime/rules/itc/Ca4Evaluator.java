package org.flextime.rules.itc;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.Ca4;
import org.flextime.rules.robinx.CountMode;
import org.flextime.rules.robinx.HomeAwayMode;
import org.flextime.rules.robinx.ScheduledMatch;

/**
 * CA4: the games with a team of teams1 playing (mode1) against a team of teams2, counted over all
 * slots (GLOBAL, one deviation) or in each slot separately (EVERY, deviations add up).
 */
public final class Ca4Evaluator implements FamilyEvaluator<Ca4> {

    @Override
    public Class<Ca4> family() {
        return Ca4.class;
    }

    @Override
    public List<Deviation> deviations(Ca4 c, Timetable timetable) {
        IdSet slots = new IdSet(c.slots(), timetable.slotCount());
        IdSet teams1 = new IdSet(c.teams1(), timetable.teamCount());
        IdSet teams2 = new IdSet(c.teams2(), timetable.teamCount());
        List<List<String>> perSlot = new ArrayList<>();
        for (int s = 0; s < timetable.slotCount(); s++) {
            perSlot.add(new ArrayList<>());
        }
        for (ScheduledMatch game : timetable.games()) {
            if (slots.contains(game.slot()) && counts(game, c.mode1(), teams1, teams2)) {
                perSlot.get(game.slot()).add(GameCounter.describe(game));
            }
        }
        List<Deviation> result = new ArrayList<>();
        if (c.mode2() == CountMode.GLOBAL) {
            List<String> all = perSlot.stream().flatMap(List::stream).toList();
            add(result, c, all, "slots " + IdSet.format(c.slots()));
        } else {
            for (int slot : c.slots().stream().sorted().distinct().toList()) {
                add(result, c, perSlot.get(slot), "slot " + slot);
            }
        }
        return result;
    }

    /** H: home in teams1, away in teams2; A: the reverse; HA: either (each game counted once). */
    private static boolean counts(ScheduledMatch game, HomeAwayMode mode, IdSet teams1, IdSet teams2) {
        boolean hosted = teams1.contains(game.home()) && teams2.contains(game.away());
        boolean visited = teams1.contains(game.away()) && teams2.contains(game.home());
        return switch (mode) {
            case H -> hosted;
            case A -> visited;
            case HA -> hosted || visited;
        };
    }

    private static void add(List<Deviation> result, Ca4 c, List<String> games, String where) {
        int deviation = Deviation.outside(games.size(), c.min(), c.max());
        if (deviation > 0) {
            result.add(new Deviation(deviation, "teams " + IdSet.format(c.teams1()) + " play " + games.size() + " "
                    + c.mode1() + " games against teams " + IdSet.format(c.teams2()) + " in " + where + " " + games
                    + ", " + Deviation.bounds(c.min(), c.max()) + ": deviation " + deviation));
        }
    }
}
