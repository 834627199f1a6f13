package org.flextime.contracts.api;

import java.time.LocalDate;

/** One game of {@code GET /api/v1/schedules/{id}/games}: team codes as in schools.csv. */
public record GameView(String id, LocalDate date, String home, String away, String venue) {
}
