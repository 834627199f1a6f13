package org.flextime.rules;

/** A rule definition the engine cannot use; {@code path} is the JSON path of the offending value. */
public class RuleDefinitionException extends RuntimeException {

    private final String path;

    /** A problem at the given JSON path, e.g. {@code $.rules[2].params.teams[0]}. */
    public RuleDefinitionException(String path, String message) {
        super(message);
        this.path = path;
    }

    /** The JSON path of the offending value. */
    public String path() {
        return path;
    }
}
