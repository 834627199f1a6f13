package org.flextime.platform.web;

/** A resource the request names does not exist: answered with a 404 problem detail. */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    /** The kind of resource ("job", "schedule") and the id asked for. */
    public NotFoundException(String kind, String id) {
        super("no " + kind + " with id '" + id + "'");
        this.kind = kind;
        this.id = id;
    }

    /** The kind of resource. */
    public String kind() {
        return kind;
    }

    /** The id asked for. */
    public String id() {
        return id;
    }
}
