package org.flextime.scheduler.engine.optimizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.flextime.domain.Game;

/**
 * One team's games in date order (then id), as the catalog's team rules read them; rebuilt by the constraint streams
 * only for the teams whose fixtures a move touched.
 */
public final class TeamGames {
    static final Comparator<Game> BY_DATE = Comparator.comparing(Game::date).thenComparing(Game::id);

    private final String team;
    private final List<Game> games;
    private final RuleBook book;
    private long travelMiles = -1;

    /** Sorts the team's games. */
    public TeamGames(String team, List<TeamGame> sides) {
        this.team = team;
        this.book = sides.get(0).book();
        List<Game> sorted = new ArrayList<>(sides.size());
        for (TeamGame s : sides) {
            sorted.add(s.game());
        }
        sorted.sort(BY_DATE);
        this.games = List.copyOf(sorted);
    }

    /** The team code. */
    public String team() {
        return team;
    }

    /** The games in date order. */
    public List<Game> games() {
        return games;
    }

    /** The team's miles ({@link RoadTrips}). */
    public long travelMiles() {
        if (travelMiles < 0) {
            travelMiles = book.trips().miles(team, games);
        }
        return travelMiles;
    }

    @Override
    public String toString() {
        return team + " " + games.size() + " games";
    }
}
