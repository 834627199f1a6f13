package org.flextime.rules.itc;

import org.flextime.rules.robinx.HomeAwayMode;
import org.flextime.rules.robinx.ScheduledMatch;

/** Decides whether a game counts for a team under a H/A/HA mode against a set of opponents. */
final class GameCounter {

    private GameCounter() {
    }

    /** True when {@code team} plays {@code game} in a counted role against an opponent in {@code opponents}. */
    static boolean counts(ScheduledMatch game, int team, HomeAwayMode mode, IdSet opponents) {
        if (game.home() == team && mode.counts(true)) {
            return opponents.contains(game.away());
        }
        if (game.away() == team && mode.counts(false)) {
            return opponents.contains(game.home());
        }
        return false;
    }

    /** "2-5@3" (home-away@slot) for explanations. */
    static String describe(ScheduledMatch game) {
        return game.home() + "-" + game.away() + "@" + game.slot();
    }
}
