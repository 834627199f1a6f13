package org.flextime.rules;

import java.util.List;

/**
 * A compiled rule. Each rule says what its violations depend on, which is what lets a re-validation after
 * a change evaluate only the affected parts: a {@link TeamRule} only on one team's games, a {@link GameRule}
 * only on one game, a {@link VenueRule} only on the games at one venue, a {@link ScheduleRule} on the whole schedule.
 */
public sealed interface Rule permits Rule.TeamRule, Rule.GameRule, Rule.VenueRule, Rule.ScheduleRule {

    /** The definition this rule was compiled from. */
    RuleDefinition definition();

    /** A violation of this rule: the amount is weighted by the definition's weight. */
    default Violation violation(int amount, String explanation, List<String> gameIds, List<String> teams) {
        RuleDefinition d = definition();
        return new Violation(d.id(), d.severity(), amount * d.weight(), explanation, gameIds, teams);
    }

    /** Violations that depend only on one team's games (sorted by date, then id). */
    non-sealed interface TeamRule extends Rule {
        /** Adds the violations found in the team's games to {@code out}. */
        void evaluate(String team, List<org.flextime.domain.Game> games, RuleContext context, List<Violation> out);
    }

    /** Violations that depend only on one game. */
    non-sealed interface GameRule extends Rule {
        /** Adds the violations of this one game to {@code out}. */
        void evaluate(org.flextime.domain.Game game, RuleContext context, List<Violation> out);

        /** Whether the rule only makes sense for games between participants (every rule but the participant check). */
        default boolean needsKnownTeams() {
            return true;
        }
    }

    /** Violations that depend only on the games at one venue (sorted by date, then id). */
    non-sealed interface VenueRule extends Rule {
        /** Adds the violations found at the venue to {@code out}. */
        void evaluate(String venue, List<org.flextime.domain.Game> games, RuleContext context, List<Violation> out);
    }

    /** Violations that depend on the whole schedule (evaluated again after every change). */
    non-sealed interface ScheduleRule extends Rule {
        /** Adds the violations found in the games (of participants only) to {@code out}. */
        void evaluate(List<org.flextime.domain.Game> games, RuleContext context, List<Violation> out);
    }
}
