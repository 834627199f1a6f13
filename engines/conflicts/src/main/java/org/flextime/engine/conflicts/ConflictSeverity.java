package org.flextime.engine.conflicts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How urgent a conflict is. {@code critical}: the games cannot all happen as scheduled (a team or venue booked twice,
 * a blackout, outside the season); {@code high}: they can, but break a hard rule or leave too little rest;
 * {@code medium}: a strain (too many games in a span, an unusual play day); {@code low}: a nuisance (a venue's
 * turnaround). Publishing needs zero critical conflicts.
 */
public enum ConflictSeverity {
    CRITICAL, HIGH, MEDIUM, LOW;

    /** The API's name. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity named in the API. */
    public static Optional<ConflictSeverity> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.id().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** Whether this is at least as severe as {@code other}. */
    public boolean atLeast(ConflictSeverity other) {
        return ordinal() <= other.ordinal();
    }
}
