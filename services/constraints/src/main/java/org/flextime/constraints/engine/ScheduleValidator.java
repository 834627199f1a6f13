package org.flextime.constraints.engine;


import java.util.List;

import org.flextime.constraints.rules.DefaultRules;
import org.flextime.constraints.rules.RuleCompiler;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;

/**
 * Checks a schedule for one sport against its format and the season's calendar. Rules and penalties:
 * <ul>
 * <li>{@code unknown-team} HARD, 1 per game whose home or away team does not take part in the sport;</li>
 * <li>{@code games-per-team} HARD, penalty = games missing or extra;</li>
 * <li>{@code opponents-twice} / {@code opponents-once} HARD (partial double round robin), penalty = how far
 * the number of opponents met twice / once is from the format;</li>
 * <li>{@code repeated-meeting} HARD, penalty = meetings beyond the format's maximum for a pair (1 in single
 * round robins, 2 in double formats; series formats count series, not games);</li>
 * <li>{@code home-and-away} HARD, 1 per pair met twice without one home game each;</li>
 * <li>{@code home-games} HARD, penalty = home games outside the format's homeGames range (or above
 * maxHomeSeries series);</li>
 * <li>{@code blackout} HARD, 1 per team and game on a date a blackout applies to (BYU on Sunday, Thanksgiving);</li>
 * <li>{@code outside-window} HARD and {@code not-a-play-day} HARD, 1 per game not on a date the two teams may
 * meet ({@link Season#matchDates}); a date already reported as a blackout is not reported again;</li>
 * <li>{@code consecutive-days} HARD when the sport's rules forbid it, 1 per team and pair of adjacent days;</li>
 * <li>{@code consecutive-road-games} HARD when the rules say "no more than N consecutive road games",
 * 1 per streak, penalty = road games beyond N;</li>
 * <li>{@code first-last-games-balance} HARD when the rules ask for H home and A away games among a team's
 * first and last N games, 1 per team and end, penalty = home and away games missing;</li>
 * <li>{@code home-away-balance} SOFT, penalty = |home - away| - 1 per team (single-game formats).</li>
 * </ul>
 * Rules the data marks "soft:" (weekend home games, home-and-home spacing) and football's "4 road games in
 * 5 weeks" are not checked yet.
 */
public final class ScheduleValidator {

    private final DefaultRules defaults = new DefaultRules();
    private final RuleCompiler compiler = new RuleCompiler();

    /** Validates the games of one sport of the season against the sport's default constraint set. */
    public ValidationReport validate(Season season, Sport sport, List<Game> games) {
        Season own = season.sport(sport.code()).filter(sport::equals).isPresent() ? season
                : new Season(season.id(), season.conference(), season.teams(), java.util.List.of(sport), season.blackouts(),
                season.travelPartners(), season.travelCost());
        return compiler.compile(defaults.forSport(own, sport), own).validate(games);
    }
}
