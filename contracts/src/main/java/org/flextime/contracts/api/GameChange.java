package org.flextime.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One game's change in a batch edit ({@code PATCH /api/v1/schedules/{id}/games}): the game and the fields to set; a
 * field left out (null) keeps its value. {@code pinReason} says why a game is pinned ({@code pinned: true}).
 * {@code start} is the local start "HH:mm"; left out keeps it, and an explicit JSON null (read as "") or "" clears it;
 * a null start is left out of the JSON written, so a change made in Java keeps the start unless it says "".
 */
public record GameChange(String gameId, LocalDate date, String venue, String home, String away, Boolean pinned,
                         String pinReason,
                         @JsonInclude(JsonInclude.Include.NON_NULL) @JsonDeserialize(using = NullMeansClear.class) String start) {

    /** A change that leaves the start time as it is. */
    public GameChange(String gameId, LocalDate date, String venue, String home, String away, Boolean pinned, String pinReason) {
        this(gameId, date, venue, home, away, pinned, pinReason, null);
    }
}
