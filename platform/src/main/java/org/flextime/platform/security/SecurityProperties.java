package org.flextime.platform.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service checks the tokens it is given and gets its own; the defaults are in {@code platform.yml}.
 *
 * @param issuer the token issuer's URL: its OpenID metadata names the signing keys (any OIDC issuer works)
 * @param audience the audience a token must name
 * @param clockSkew how far a token's expiry may lie in the past (clocks of two machines differ)
 * @param rolesClaim the claim that lists a caller's roles
 * @param client this service's own client credentials, for calls it makes to other services
 * @param corsOrigins the browser origins allowed to call the API (none by default)
 */
@ConfigurationProperties("flextime.security")
public record SecurityProperties(URI issuer, String audience, Duration clockSkew, String rolesClaim, Client client,
                                 List<String> corsOrigins) {

    /** A service's client id and secret at the issuer; empty in a process that calls no other service. */
    public record Client(String id, String secret) {

        /** Whether credentials are configured. */
        public boolean present() {
            return id != null && !id.isBlank() && secret != null && !secret.isBlank();
        }
    }
}
