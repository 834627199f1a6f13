package org.flextime.engine.season.optimizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.flextime.domain.Game;
import org.flextime.rules.Rule;
import org.flextime.rules.Violation;

/**
 * One team's games in date order (then id), as the catalog's team rules read them; rebuilt by the constraint streams
 * only for the teams whose fixtures a move touched. A rule's violations are a function of the team and its games
 * alone, and a fixture hands out the same game objects for the same placement, so the results are remembered per
 * team for the last few game lists seen ({@link RuleBook#results}): undoing a move finds them again.
 */
public final class TeamGames {
    static final Comparator<Game> BY_DATE = Comparator.comparing(Game::date).thenComparing(Game::id);

    private final String team;
    private final List<Game> games;
    private final RuleBook book;
    private final RuleBook.Results results;

    /** Sorts the team's games. */
    public TeamGames(String team, List<TeamGame> sides) {
        this.team = team;
        this.book = sides.get(0).book();
        List<Game> sorted = new ArrayList<>(sides.size());
        for (TeamGame s : sides) {
            sorted.add(s.game());
        }
        sorted.sort(BY_DATE);
        this.results = book.results(team, sorted);
        this.games = results.games();
    }

    /** The team code. */
    public String team() {
        return team;
    }

    /** The games in date order. */
    public List<Game> games() {
        return games;
    }

    /** The violations of a team rule (the {@code index}-th rule of the set) in these games. */
    public List<Violation> violations(int index, Rule.TeamRule rule) {
        return results.violations(index, () -> {
            List<Violation> out = new ArrayList<>(0);
            rule.evaluate(team, games, book.context(), out);
            return out;
        });
    }

    /**
     * The violations of every team rule of the set in these games, in set order: one stream node evaluates them all
     * for a team and each rule's constraint picks its own ({@link SeasonConstraints}).
     */
    public List<Violation> teamViolations() {
        return results.all(() -> {
            List<Violation> out = new ArrayList<>(0);
            List<Rule> rules = book.rules();
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i) instanceof Rule.TeamRule r) {
                    out.addAll(violations(i, r));
                }
            }
            return out;
        });
    }

    /** |home games - away games| of the team. */
    public long homeAwayDifference() {
        long home = 0;
        for (Game g : games) {
            if (g.home().equals(team)) {
                home++;
            }
        }
        return Math.abs(2 * home - games.size());
    }

    /** The team's miles ({@link org.flextime.domain.RoadTrips}). */
    public long travelMiles() {
        return book.trips().miles(team, games);
    }

    /** The team's travel in the request's unit, dollars or miles ({@link org.flextime.domain.RoadTrips}), remembered. */
    public long travel() {
        return results.travel(() -> book.travel(team, games));
    }

    @Override
    public String toString() {
        return team + " " + games.size() + " games";
    }
}
