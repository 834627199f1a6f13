package org.flextime.contracts.api;

import java.time.LocalDate;

/**
 * One game's change in a batch edit ({@code PATCH /api/v1/schedules/{id}/games}): the game and the fields to set; a
 * field left out (null) keeps its value. {@code pinReason} says why a game is pinned ({@code pinned: true}).
 */
public record GameChange(String gameId, LocalDate date, String venue, String home, String away, Boolean pinned,
                         String pinReason) {
}
