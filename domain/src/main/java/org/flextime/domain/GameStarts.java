package org.flextime.domain;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Start times of games: each sport's usual local start (what applies to a game with no start of its own: calendars show
 * it, conflict detection assumes it) and the "HH:mm" text the API and events carry. The usual starts are FlexTime's
 * placeholders, not published times.
 */
public final class GameStarts {

    /** The earliest start FlexTime proposes or gives a game: a college game before late morning empties the building. */
    public static final LocalTime EARLIEST = LocalTime.of(11, 0);
    /** The latest start FlexTime proposes or gives a game: later games end near midnight. */
    public static final LocalTime LATEST = LocalTime.of(20, 0);

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

    /**
     * The starts on the hour from {@link #EARLIEST} to {@link #LATEST} at least {@code spacing} from each of
     * {@code others} (the other events of the day at the venue), nearest to {@code from} first, the earlier of two as
     * near: where a game can go so that it and the others make a doubleheader.
     */
    public static List<LocalTime> clearOf(List<LocalTime> others, Duration spacing, LocalTime from) {
        List<LocalTime> starts = new ArrayList<>();
        for (LocalTime t = EARLIEST; !t.isAfter(LATEST); t = t.plusHours(1)) {
            LocalTime start = t;
            if (others.stream().allMatch(o -> Math.abs(ChronoUnit.MINUTES.between(start, o)) >= spacing.toMinutes())) {
                starts.add(start);
            }
        }
        starts.sort(Comparator.comparingLong((LocalTime t) -> Math.abs(ChronoUnit.MINUTES.between(from, t)))
                .thenComparing(t -> t));
        return starts;
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
