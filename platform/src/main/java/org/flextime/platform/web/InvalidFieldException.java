package org.flextime.platform.web;

/** A request field holds a value the service cannot accept: answered with a problem detail naming the field. */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final int status;

    /** A 400 for this field. */
    public InvalidFieldException(String field, String message) {
        this(field, message, 400);
    }

    /** A problem with this status (400 or 422) for this field. */
    public InvalidFieldException(String field, String message, int status) {
        super(message);
        this.field = field;
        this.status = status;
    }

    /** The JSON path or parameter name of the offending field. */
    public String field() {
        return field;
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }
}
