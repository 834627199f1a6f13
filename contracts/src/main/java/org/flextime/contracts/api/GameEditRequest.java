package org.flextime.contracts.api;

import java.time.LocalDate;

/**
 * The body of {@code PATCH /api/v1/schedules/{id}/games/{gameId}}: the fields to set (left out: unchanged), the pin
 * and its reason, and {@code reason}, why the edit is made (kept with the version it creates).
 */
public record GameEditRequest(LocalDate date, String venue, String home, String away, Boolean pinned, String pinReason,
                              String reason) {

    /** The same change as one entry of a batch. */
    public GameChange change(String gameId) {
        return new GameChange(gameId, date, venue, home, away, pinned, pinReason);
    }
}
