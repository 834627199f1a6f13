package org.flextime.engine.season.optimizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a meeting falls if it is put in a slot: its dates. A slot without a date the two teams may meet on gets
 * {@link #fallback} dates, which the catalog's calendar rules then count as broken.
 */
public record SlotDates(List<LocalDate> dates) {
    /** Copies the dates. */
    public SlotDates {
        dates = List.copyOf(dates);
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("a meeting needs at least one date");
        }
    }

    /** {@code games} consecutive days from {@code from}. */
    static SlotDates fallback(LocalDate from, int games) {
        List<LocalDate> dates = new ArrayList<>();
        for (int k = 0; k < Math.max(1, games); k++) {
            dates.add(from.plusDays(k));
        }
        return new SlotDates(dates);
    }
}
