package org.flextime.scheduler.editing;

import java.util.Objects;
import org.flextime.contracts.api.VersionGame;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;

/**
 * A game of an editable schedule with its pin: a pinned game is one that resolutions and re-solves must leave where it
 * is, and {@code pinReason} says why.
 */
public record ScheduledGame(Game game, boolean pinned, String pinReason) {

    /** Requires the game; an unpinned game keeps no reason. */
    public ScheduledGame {
        Objects.requireNonNull(game, "game is required");
        pinReason = pinned ? pinReason : null;
    }

    /** The game's id. */
    public String id() {
        return game.id();
    }

    /** The game as the API shows it. */
    public VersionGame view() {
        return new VersionGame(game.id(), game.date(), game.home(), game.away(), game.venue(),
                GameStarts.text(game.start()), pinned, pinReason);
    }
}
