package org.flextime.travel.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Whole miles travelled per team (keyed by team code) and in total. */
public record TravelReport(Map<String, Long> milesPerTeam, long totalMiles) {
    /** Copies the map, keeping its order. */
    public TravelReport {
        milesPerTeam = Collections.unmodifiableMap(new LinkedHashMap<>(milesPerTeam));
    }
}
