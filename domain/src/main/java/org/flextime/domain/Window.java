package org.flextime.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The part of the calendar a sport plays in. Single-game sports have {@link #playDays()}; series sports
 * have {@link #seriesDays()}. {@link #teamDays()} holds a team's own days (the JSON's "byuPlayDays" or
 * "byuSeriesDays" become key "BYU"), which replace the defaults for every game that team plays.
 * {@link #specialWeekendDays()} holds named weekends such as "finalWeekend" or "easterWeekend".
 */
public record Window(LocalDate from, LocalDate to, Set<DayOfWeek> playDays, Set<DayOfWeek> seriesDays,
                     Map<String, Set<DayOfWeek>> teamDays, Map<String, Set<DayOfWeek>> specialWeekendDays) {

    /** Validates the range and copies the collections. */
    public Window {
        Objects.requireNonNull(from, "window from is required");
        Objects.requireNonNull(to, "window to is required");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends " + to + " before it starts " + from);
        }
        playDays = immutableDays(playDays);
        seriesDays = immutableDays(seriesDays);
        teamDays = immutableMap(teamDays);
        specialWeekendDays = immutableMap(specialWeekendDays);
    }

    /** Whether the date lies within [from, to]. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The default days: play days, or series days for series sports. */
    public Set<DayOfWeek> defaultDays() {
        return playDays.isEmpty() ? seriesDays : playDays;
    }

    /** The days on which the given team plays: its own days if the data gives them, else the defaults. */
    public Set<DayOfWeek> daysFor(String team) {
        return teamDays.getOrDefault(team, defaultDays());
    }

    private static Set<DayOfWeek> immutableDays(Set<DayOfWeek> days) {
        if (days == null || days.isEmpty()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(DayOfWeek.class));
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    private static Map<String, Set<DayOfWeek>> immutableMap(Map<String, Set<DayOfWeek>> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, Set<DayOfWeek>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, immutableDays(v)));
        return Collections.unmodifiableMap(copy);
    }
}
