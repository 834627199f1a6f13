package org.flextime.engine.conflicts.resolution;

import org.flextime.domain.Game;

/** One game of a proposal: as it is, and as the proposal would make it. */
public record ChangedGame(Game before, Game after) {

    /** The game's id. */
    public String gameId() {
        return after.id();
    }
}
