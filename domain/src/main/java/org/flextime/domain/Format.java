package org.flextime.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sport's competition format as published by the conference. Counts the JSON does not give are 0
 * (and {@link #homeGames()} is empty), because "not specified" is different from any real count.
 */
public record Format(Kind kind, int gamesPerTeam, int opponentsTwice, int opponentsOnce,
                     Optional<IntRange> homeGames, int weeks, List<Integer> matchesPerWeek, int windows,
                     int byesPerTeam, int seriesPerTeam, int gamesPerSeries, int maxHomeSeries) {

    /** The kinds of format the conference uses. */
    public enum Kind {
        ROUND_ROBIN, PARTIAL_ROUND_ROBIN, PARTIAL_DOUBLE_ROUND_ROBIN, SERIES;

        /** Parses the JSON spelling, e.g. "partial-double-round-robin". */
        public static Optional<Kind> parse(String text) {
            for (Kind k : values()) {
                if (k.name().replace('_', '-').equalsIgnoreCase(text)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        /** The JSON spelling of this kind. */
        public String jsonName() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** An inclusive range of integers, e.g. 4 to 5 home games. */
    public record IntRange(int min, int max) {
        /** Validates min <= max. */
        public IntRange {
            if (min > max) {
                throw new IllegalArgumentException("range min " + min + " > max " + max);
            }
        }

        /** Whether value lies in the range. */
        public boolean contains(int value) {
            return value >= min && value <= max;
        }
    }

    /** Copies the lists so the record stays immutable. */
    public Format {
        Objects.requireNonNull(kind, "format kind is required");
        homeGames = homeGames == null ? Optional.empty() : homeGames;
        matchesPerWeek = matchesPerWeek == null ? List.of() : List.copyOf(matchesPerWeek);
    }

    /** Games each team plays: gamesPerTeam, or for series formats seriesPerTeam x gamesPerSeries. */
    public int totalGamesPerTeam() {
        if (gamesPerTeam > 0) {
            return gamesPerTeam;
        }
        return seriesPerTeam * gamesPerSeries;
    }
}
