package org.flextime.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The rules one sport of one season is validated against, in evaluation (and report) order. */
public record ConstraintSet(String sport, String season, List<RuleDefinition> rules) {

    /** Copies the rules and rejects duplicate ids, since violations are named by rule id. */
    public ConstraintSet {
        Objects.requireNonNull(sport, "sport is required");
        Objects.requireNonNull(season, "season is required");
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (RuleDefinition r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("rule id '" + r.id() + "' appears twice");
            }
        }
    }

    /** The rule with this id. */
    public Optional<RuleDefinition> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
