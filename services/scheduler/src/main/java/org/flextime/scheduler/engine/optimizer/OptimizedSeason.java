package org.flextime.scheduler.engine.optimizer;

import java.util.List;

import org.flextime.domain.Game;

/** The result of optimizing one sport: its games (ids g001... in date order) and their score. */
public record OptimizedSeason(List<Game> games, SeasonScore score, SeasonScore initialScore) {
    /** Copies the games. */
    public OptimizedSeason {
        games = List.copyOf(games);
    }
}
