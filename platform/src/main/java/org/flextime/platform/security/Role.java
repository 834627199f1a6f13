package org.flextime.platform.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a caller may do, each role including the ones before it: a {@code viewer} reads, a {@code scheduler} also
 * requests, edits, resolves and exports schedules, an {@code admin} also changes constraint sets, seasons, users and
 * reads the audit trail.
 */
public enum Role {
    /** Reads schedules, jobs, constraint sets and reports. */
    VIEWER,
    /** Requests, edits, resolves and exports schedules. */
    SCHEDULER,
    /** Changes the rules of the game: constraint sets, seasons, users; reads the audit trail and operations data. */
    ADMIN;

    /** The name in tokens and on the command line ({@code viewer}, {@code scheduler}, {@code admin}). */
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority a token with this role is granted. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether a caller with this role may do what {@code needed} may. */
    public boolean includes(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    /** The role a token or command names, if it is one. */
    public static Optional<Role> fromClaim(String claim) {
        for (Role role : values()) {
            if (role.claim().equalsIgnoreCase(claim)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
