package org.flextime.contracts.api;

import java.time.LocalDate;

/**
 * One game of {@code GET /api/v1/schedules/{id}/games}: team codes as in schools.csv; {@code start} the game's own local
 * start "HH:mm", null when none is set (the sport's usual start applies).
 */
public record GameView(String id, LocalDate date, String home, String away, String venue, String start) {
}
