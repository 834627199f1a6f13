package org.flextime.rules;

import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One declarative rule of a constraint set: a unique id (the name violations carry), the kind of rule
 * (which evaluator reads it), HARD or SOFT, a weight per unit of deviation and the kind's parameters.
 */
public record RuleDefinition(String id, String kind, Severity severity, int weight, JsonNode params) {

    /** Checks the required parts; an absent params object becomes empty. */
    public RuleDefinition {
        Objects.requireNonNull(id, "rule id is required");
        Objects.requireNonNull(kind, () -> "rule " + id + ": kind is required");
        Objects.requireNonNull(severity, () -> "rule " + id + ": severity is required");
        if (weight < 1) {
            throw new IllegalArgumentException("rule " + id + ": weight must be at least 1");
        }
        params = params == null || params.isNull() ? JsonNodeFactory.instance.objectNode() : params.deepCopy();
    }

    /** A copy with other parameters. */
    public RuleDefinition withParams(JsonNode newParams) {
        return new RuleDefinition(id, kind, severity, weight, newParams);
    }
}
