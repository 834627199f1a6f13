package org.flextime.rules;

import java.util.List;

import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;

/**
 * Checks a schedule for one sport against the sport's default constraint set
 * ({@link org.flextime.rules.DefaultRules}): the format ({@code unknown-team}, {@code games-per-team},
 * {@code repeated-meeting}, {@code home-and-away}, {@code opponents-twice} / {@code opponents-once},
 * {@code home-games}, soft {@code home-away-balance}), the calendar ({@code blackout} incl. BYU's Sundays,
 * {@code outside-window}, {@code not-a-play-day}) and the rules the season JSON states in prose
 * ({@code consecutive-days}, {@code consecutive-road-games}, {@code first-last-games-balance},
 * {@code rematch-separation} with its soft {@code rematch-separation-preferred}, soft {@code weekend-home-games}).
 * Each rule's meaning and penalty is documented on its evaluator in {@code org.flextime.rules}.
 * Football's "4 road games in 5 weeks" and the cross-sport preferences are not derived from the prose yet.
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
