package org.flextime.rules;

import java.util.List;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;

/** A constraint set whose rules are compiled for its season and sport; immutable, safe to share between threads. */
public final class CompiledSet {

    private final ConstraintSet set;
    private final RuleContext context;
    private final List<Rule> rules;

    CompiledSet(ConstraintSet set, RuleContext context, List<Rule> rules) {
        this.set = set;
        this.context = context;
        this.rules = List.copyOf(rules);
    }

    /** The definitions this set was compiled from. */
    public ConstraintSet set() {
        return set;
    }

    /** The season. */
    public Season season() {
        return context.season();
    }

    /** The sport. */
    public Sport sport() {
        return context.sport();
    }

    /** The compiled rules, in definition order. */
    public List<Rule> rules() {
        return rules;
    }

    /** What the rules read besides the games; pass it to a rule's evaluate method. */
    public RuleContext context() {
        return context;
    }

    /** Validates a whole schedule. */
    public ValidationReport validate(List<Game> games) {
        return start(games).report();
    }

    /** Validates a schedule and keeps the per-team and per-game results, so later changes re-evaluate only what they touch. */
    public IncrementalValidation start(List<Game> games) {
        return new IncrementalValidation(this, games);
    }
}
