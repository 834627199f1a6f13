package org.flextime.scheduler.export;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

/**
 * When a game of a sport is shown to start and how long it is shown to last in a calendar. A schedule fixes dates
 * only (start times are set later, with television), so calendars show each game at a usual local start time for
 * its sport and mark it tentative: a timed event keeps the venue's time zone, which an all-day event would drop.
 * These are FlexTime's placeholders, not published times.
 */
public final class GameTimes {

    /** A start time and a duration. */
    public record Slot(LocalTime start, Duration length) {
    }

    private static final Slot EVENING = new Slot(LocalTime.of(19, 0), Duration.ofHours(2));
    private static final Map<String, Slot> BY_SPORT = Map.of(
            "FB", new Slot(LocalTime.of(14, 30), Duration.ofMinutes(210)),
            "MBB", EVENING,
            "WBB", EVENING,
            "VB", EVENING,
            "SOC", EVENING,
            "BSB", new Slot(LocalTime.of(18, 30), Duration.ofHours(3)),
            "SB", new Slot(LocalTime.of(18, 0), Duration.ofMinutes(150)),
            "MTEN", new Slot(LocalTime.of(13, 0), Duration.ofHours(3)),
            "WTEN", new Slot(LocalTime.of(13, 0), Duration.ofHours(3)));

    private GameTimes() {
    }

    /** The sport's usual local start and length; an evening slot for a sport not in the table. */
    public static Slot of(String sport) {
        return BY_SPORT.getOrDefault(sport.toUpperCase(java.util.Locale.ROOT), EVENING);
    }
}
