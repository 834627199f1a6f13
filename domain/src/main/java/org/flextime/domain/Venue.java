package org.flextime.domain;

/** A place where games are played: an arena or a stadium, with its seating capacity and coordinates. */
public record Venue(String name, int capacity, double latitude, double longitude) {
    /** Validates that the venue has a name and a plausible capacity. */
    public Venue {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("venue name is required");
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("venue " + name + ": capacity must not be negative");
        }
    }
}
