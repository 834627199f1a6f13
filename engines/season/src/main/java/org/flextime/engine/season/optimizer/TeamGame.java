package org.flextime.engine.season.optimizer;

import org.flextime.domain.Game;

/**
 * One team's side of a game of a fixture, what the per-team constraints group by team. Identity equality: a fixture
 * hands out the same objects for the same placement, and the grouping only ever removes the object it added.
 */
public final class TeamGame {
    private final String team;
    private final Game game;
    private final RuleBook book;

    TeamGame(String team, Game game, RuleBook book) {
        this.team = team;
        this.game = game;
        this.book = book;
    }

    /** The team. */
    public String team() {
        return team;
    }

    /** The game. */
    public Game game() {
        return game;
    }

    /** The rules the game is scored with. */
    public RuleBook book() {
        return book;
    }

    @Override
    public String toString() {
        return team + " " + game;
    }
}
