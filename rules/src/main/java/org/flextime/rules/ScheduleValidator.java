package org.flextime.rules;

import java.util.List;

import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;

/**
 * Checks a schedule for one sport against the sport's default constraint set ({@link org.flextime.rules.DefaultRules}):
 * the format, the calendar, double bookings, the rules the season JSON states in prose (consecutive days, road
 * streaks, football's road games in five weeks, first/last games, rematch separation and the soft preferences) and
 * the default soft preferences with the weights the scheduler's optimizer scores with. Each rule's meaning and
 * penalty is documented on its evaluator in {@code org.flextime.rules}.
 */
public final class ScheduleValidator {

    private final DefaultRules defaults = new DefaultRules();
    private final RuleCompiler compiler = new RuleCompiler();

    /** Validates the games of one sport of the season against the sport's default constraint set. */
    public ValidationReport validate(Season season, Sport sport, List<Game> games) {
        Season own = season.sport(sport.code()).filter(sport::equals).isPresent() ? season
                : season.withSports(List.of(sport));
        return compiler.compile(defaults.forSport(own, sport), own).validate(games);
    }
}
