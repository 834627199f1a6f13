package org.flextime.engine.season.optimizer;

import java.util.List;

import org.flextime.domain.Game;

/**
 * The result of optimizing one sport: its games (ids g001... in date order), their score, the draft's score
 * and how many moves per second the solver evaluated.
 */
public record OptimizedSeason(List<Game> games, SeasonScore score, SeasonScore initialScore, long movesPerSecond) {
    /** Copies the games. */
    public OptimizedSeason {
        games = List.copyOf(games);
    }
}
