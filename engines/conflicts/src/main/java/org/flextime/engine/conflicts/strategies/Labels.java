package org.flextime.engine.conflicts.strategies;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** How the built-in strategies name days in their explanations ("Saturday 2026-01-03"). */
final class Labels {

    private Labels() {
    }

    static String day(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d;
    }
}
