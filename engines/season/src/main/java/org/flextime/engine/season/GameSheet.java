package org.flextime.engine.season;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Team;

/**
 * The generated season as games: ids g001... in date order, each at its host's venue for the sport
 * ({@link Sport#venueOf}), and a check that
 * every team plays the format's number of games.
 */
final class GameSheet {
    private GameSheet() {
    }

    /** The placed games numbered in date order (then home, then away index), at the hosts' venues. */
    static List<Game> number(Season season, Sport sport, List<String> teams, List<GamePlacement.PlacedGame> placed) {
        List<GamePlacement.PlacedGame> sorted = new ArrayList<>(placed);
        sorted.sort(Comparator.comparing(GamePlacement.PlacedGame::date).thenComparingInt(GamePlacement.PlacedGame::home)
                .thenComparingInt(GamePlacement.PlacedGame::away));
        int width = Math.max(3, String.valueOf(sorted.size()).length());
        List<Game> games = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            GamePlacement.PlacedGame p = sorted.get(i);
            Team home = season.teams().get(teams.get(p.home()));
            games.add(new Game(String.format("g%0" + width + "d", i + 1), p.date(), home.code(),
                    teams.get(p.away()), sport.venueOf(home)));
        }
        return List.copyOf(games);
    }

    /** Throws if a team does not play the format's number of games: the construction is wrong, not the data. */
    static void checkCounts(Sport sport, List<String> teams, List<Game> games) {
        Map<String, Integer> count = new TreeMap<>();
        for (Game g : games) {
            count.merge(g.home(), 1, Integer::sum);
            count.merge(g.away(), 1, Integer::sum);
        }
        int expected = sport.format().totalGamesPerTeam();
        Set<String> wrong = new LinkedHashSet<>();
        for (String t : teams) {
            if (count.getOrDefault(t, 0) != expected) {
                wrong.add(t + "=" + count.getOrDefault(t, 0));
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException(sport.code() + ": expected " + expected + " games per team, got " + wrong);
        }
    }
}
