package org.flextime.contracts.api;

import java.util.List;

/**
 * One page of a listing, newest first: {@code next} is the link to the following page (null on the last), carrying
 * the opaque {@code cursor} and the same filters.
 */
public record Page<T>(List<T> items, String cursor, String next) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }
}
