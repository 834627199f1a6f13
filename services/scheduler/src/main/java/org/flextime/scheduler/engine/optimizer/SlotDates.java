package org.flextime.scheduler.engine.optimizer;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a meeting falls if it is put in a slot: its dates, and how many of its games are on a date the two
 * teams may not meet (blackout, not a play day, outside the window). With no legal date the meeting keeps
 * the slot's date and all its games count as illegal.
 */
public record SlotDates(List<LocalDate> dates, int illegal) {
    /** Copies the dates. */
    public SlotDates {
        dates = List.copyOf(dates);
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("a meeting needs at least one date");
        }
    }
}
