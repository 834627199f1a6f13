package org.flextime.rules.itc;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.HomeAwayMode;

/** Finds breaks: a team playing home (or away) in both slot s-1 and slot s has a break in slot s. */
final class Breaks {

    private Breaks() {
    }

    /** The slots of {@code slots} in which {@code team} has a break of a kind counted by {@code mode}. */
    static List<Integer> of(Timetable timetable, int team, IdSet slots, HomeAwayMode mode) {
        return of(timetable.venues(team), slots, mode);
    }

    /** The same for a team whose venue in slot s is {@code venues[s]}. */
    static List<Integer> of(Timetable.Venue[] venues, IdSet slots, HomeAwayMode mode) {
        List<Integer> found = new ArrayList<>();
        // slot 0 has no predecessor, so it can never hold a break
        for (int s = 1; s < venues.length; s++) {
            if (!slots.contains(s)) {
                continue;
            }
            Timetable.Venue before = venues[s - 1];
            Timetable.Venue now = venues[s];
            if (now != Timetable.Venue.NONE && now == before && mode.counts(now == Timetable.Venue.HOME)) {
                found.add(s);
            }
        }
        return found;
    }
}
