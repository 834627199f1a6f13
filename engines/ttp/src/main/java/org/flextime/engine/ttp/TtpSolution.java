package org.flextime.engine.ttp;

import java.util.List;
import java.util.OptionalLong;

/**
 * A TTP schedule as read from or written to a RobinX {@code <Solution>} file.
 *
 * @param instanceName    instance the schedule belongs to (as recorded in the file, may be a path)
 * @param games           all scheduled games
 * @param statedObjective the objective stated in the file's metadata, if any
 */
public record TtpSolution(String instanceName, List<TtpGame> games, OptionalLong statedObjective) {

    /** Defensive copy of the games. */
    public TtpSolution {
        games = List.copyOf(games);
    }
}
