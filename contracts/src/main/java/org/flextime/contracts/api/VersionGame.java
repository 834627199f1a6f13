package org.flextime.contracts.api;

import java.time.LocalDate;

/** One game as a schedule version holds it, with its pin. */
public record VersionGame(String id, LocalDate date, String home, String away, String venue, boolean pinned,
                          String pinReason) {
}
