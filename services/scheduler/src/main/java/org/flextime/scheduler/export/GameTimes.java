package org.flextime.scheduler.export;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import org.flextime.domain.GameStarts;

/**
 * When a game of a sport is shown to start and how long it is shown to last in a calendar. A game's own start time is
 * shown when it has one; otherwise the calendar shows it at its sport's usual local start ({@link GameStarts}) and marks
 * it tentative: a timed event keeps the venue's time zone, which an all-day event would drop. The usual starts are
 * FlexTime's placeholders, not published times.
 */
public final class GameTimes {

    /** A start time and a duration. */
    public record Slot(LocalTime start, Duration length) {
    }

    private static final Duration EVENING = Duration.ofHours(2);
    private static final Map<String, Duration> LENGTH_BY_SPORT = Map.of(
            "FB", Duration.ofMinutes(210),
            "BSB", Duration.ofHours(3),
            "SB", Duration.ofMinutes(150),
            "MTEN", Duration.ofHours(3),
            "WTEN", Duration.ofHours(3));

    private GameTimes() {
    }

    /** The sport's usual local start and length; a two-hour evening slot for a sport not in the table. */
    public static Slot of(String sport) {
        return new Slot(GameStarts.usual(sport), LENGTH_BY_SPORT.getOrDefault(sport.toUpperCase(Locale.ROOT), EVENING));
    }
}
