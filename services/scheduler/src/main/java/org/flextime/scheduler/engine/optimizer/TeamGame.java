package org.flextime.scheduler.engine.optimizer;

import org.flextime.domain.Game;

/** One team's side of a game of a fixture, what the per-team constraints group by team. */
public record TeamGame(String team, Game game, RuleBook book) {
}
