package org.flextime.platform.security;

/** Where a service's calls to other services get their bearer token. */
@FunctionalInterface
public interface ServiceTokens {

    /** A valid access token for this service. */
    String current();
}
