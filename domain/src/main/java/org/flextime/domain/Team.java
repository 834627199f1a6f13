package org.flextime.domain;

import java.time.ZoneId;
import java.util.Objects;

/** A member school with its campus location, time zone, basketball arena and football stadium. */
public record Team(String code, String school, String nickname, String city, String state,
                   double latitude, double longitude, ZoneId timeZone, Venue arena, Venue stadium) {
    /** Validates that the team has a code and its venues. */
    public Team {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("team code is required");
        }
        Objects.requireNonNull(timeZone, () -> "team " + code + ": time zone is required");
        Objects.requireNonNull(arena, () -> "team " + code + ": arena is required");
        Objects.requireNonNull(stadium, () -> "team " + code + ": stadium is required");
    }

    /** Where the campus is: travel is measured between campuses. */
    public Coordinates campus() {
        return new Coordinates(latitude, longitude);
    }
}
