package org.flextime.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of {@code PATCH /api/v1/schedules/{id}/games/{gameId}}: the fields to set (left out: unchanged), the pin
 * and its reason, and {@code reason}, why the edit is made (kept with the version it creates). {@code start} is the
 * local start "HH:mm"; an explicit null (read as "") or "" clears it; a null start is left out of the JSON written.
 */
public record GameEditRequest(LocalDate date, String venue, String home, String away, Boolean pinned, String pinReason,
                              String reason,
                              @JsonInclude(JsonInclude.Include.NON_NULL) @JsonDeserialize(using = NullMeansClear.class) String start) {

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
