package org.flextime.contracts.api;

import java.time.LocalDate;

/** One game as a schedule version holds it, with its own start "HH:mm" (null: not set) and its pin. */
public record VersionGame(String id, LocalDate date, String home, String away, String venue, String start, boolean pinned,
                          String pinReason) {
}
