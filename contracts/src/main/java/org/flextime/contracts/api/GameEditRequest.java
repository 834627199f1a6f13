package org.flextime.contracts.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;

/**
 * The body of {@code PATCH /api/v1/schedules/{id}/games/{gameId}}: the fields to set (left out: unchanged), the pin
 * and its reason, and {@code reason}, why the edit is made (kept with the version it creates). {@code start} is the
 * local start "HH:mm"; an explicit null (read as "") or "" clears it.
 */
public record GameEditRequest(LocalDate date, String venue, String home, String away, Boolean pinned, String pinReason,
                              String reason, @JsonSetter(nulls = Nulls.AS_EMPTY) String start) {

    /** An edit that leaves the start time as it is. */
    public GameEditRequest(LocalDate date, String venue, String home, String away, Boolean pinned, String pinReason,
                           String reason) {
        this(date, venue, home, away, pinned, pinReason, reason, null);
    }

    /** The same change as one entry of a batch. */
    public GameChange change(String gameId) {
        return new GameChange(gameId, date, venue, home, away, pinned, pinReason, start);
    }
}
