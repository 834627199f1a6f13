package org.flextime.engine.cpsat.season;

import java.util.List;
import org.flextime.rules.RuleDefinition;

/**
 * HARD rules of a constraint set that cannot all hold with the season's meetings and calendar, and the sentence that
 * says so, e.g. "ends-balance (2 home and 2 away in the first and last 4 games) on all teams and rematch-separation
 * (...) cannot both hold". An empty list means the meetings alone do not fit the calendar.
 */
public record SeasonConflict(List<RuleDefinition> rules, String explanation) {

    /** Copies the list so the record stays immutable. */
    public SeasonConflict {
        rules = List.copyOf(rules);
    }
}
