package org.flextime.domain;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;

/**
 * Start times of games: each sport's usual local start (what applies to a game with no start of its own: calendars show
 * it, conflict detection assumes it) and the "HH:mm" text the API and events carry. The usual starts are FlexTime's
 * placeholders, not published times.
 */
public final class GameStarts {

    private static final LocalTime EVENING = LocalTime.of(19, 0);
    private static final Map<String, LocalTime> USUAL = Map.of(
            "FB", LocalTime.of(14, 30),
            "BSB", LocalTime.of(18, 30),
            "SB", LocalTime.of(18, 0),
            "MTEN", LocalTime.of(13, 0),
            "WTEN", LocalTime.of(13, 0));
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private GameStarts() {
    }

    /** The sport's usual local start: 19:00 for a sport not in the table (basketball, volleyball, soccer). */
    public static LocalTime usual(String sport) {
        return USUAL.getOrDefault(sport.toUpperCase(Locale.ROOT), EVENING);
    }

    /** The game's own start, or its sport's usual one. */
    public static LocalTime of(Game g, String sport) {
        return g.start() != null ? g.start() : usual(sport);
    }

    /** "HH:mm", or null for no start. */
    public static String text(LocalTime start) {
        return start == null ? null : start.format(HH_MM);
    }

    /** The time of an "HH:mm" text (null for null); anything else is an {@link IllegalArgumentException}. */
    public static LocalTime parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip(), HH_MM);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a start time HH:mm (00:00 to 23:59)", e);
        }
    }
}
