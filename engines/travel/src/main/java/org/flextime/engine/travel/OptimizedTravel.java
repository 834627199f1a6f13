package org.flextime.engine.travel;

import java.util.List;
import java.util.Map;

import org.flextime.domain.Game;
import org.flextime.rules.ValidationReport;

/**
 * What the travel optimizer made of a schedule.
 *
 * @param games         the schedule after, in the input's order
 * @param changed       the games that differ from the input (date, home team or venue), as they are after
 * @param dollarsBefore the input's travel dollars
 * @param dollarsAfter  the result's travel dollars
 * @param before        the input's validation under the rules the search kept
 * @param after         the result's validation
 * @param accepted      moves accepted, by kind
 * @param moves         moves tried
 * @param millis        how long the search ran
 */
public record OptimizedTravel(List<Game> games, List<Game> changed, long dollarsBefore, long dollarsAfter,
                              ValidationReport before, ValidationReport after, Map<String, Integer> accepted, long moves,
                              long millis) {
    /** Copies the collections. */
    public OptimizedTravel {
        games = List.copyOf(games);
        changed = List.copyOf(changed);
        accepted = Map.copyOf(accepted);
    }

    /** Dollars saved. */
    public long saving() {
        return dollarsBefore - dollarsAfter;
    }
}
