package org.flextime.rules.itc;

import org.flextime.rules.robinx.DistanceMatrix;

/** Total TTP travel: every team starts at home, goes to each away venue in slot order, and returns home. */
public final class TravelDistance {

    /** The summed travel of all teams; 0 when the instance has no distances. */
    public long total(DistanceMatrix distances, Timetable timetable) {
        if (distances.isEmpty()) {
            return 0;
        }
        long total = 0;
        for (int team = 0; team < timetable.teamCount(); team++) {
            int at = team;
            for (int slot = 0; slot < timetable.slotCount(); slot++) {
                Timetable.Venue venue = timetable.venue(team, slot);
                if (venue == Timetable.Venue.NONE) {
                    continue; // a bye keeps the team where it is
                }
                int next = venue == Timetable.Venue.HOME ? team : timetable.opponent(team, slot);
                total += distances.distance(at, next);
                at = next;
            }
            total += distances.distance(at, team);
        }
        return total;
    }
}
