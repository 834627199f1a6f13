package org.flextime.engine.season;

import java.time.LocalDate;
import java.util.List;

/**
 * A season before it is put on the calendar: the meetings of one sport, each in a slot (a round of a
 * single-game sport, a series weekend of a series sport), already oriented home and away. Slot dates are
 * the round's anchor date or the Monday of the series week; a meeting may still move within its slot
 * (BYU's own play days), which is why the optimizer keeps slots and dates apart.
 */
public record SeasonDraft(List<String> teams, List<LocalDate> slotDates, List<Meeting> meetings, boolean series) {

    /** One meeting of two teams in a slot: a single game, or a whole series for series sports. */
    public record Meeting(int slot, String home, String away) {
    }

    /** Copies the lists so the draft stays immutable. */
    public SeasonDraft {
        teams = List.copyOf(teams);
        slotDates = List.copyOf(slotDates);
        meetings = List.copyOf(meetings);
    }
}
