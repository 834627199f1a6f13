package org.flextime.identity.issuer;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flextime.identity.keys.SigningKeys;
import org.flextime.platform.security.Role;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Issues access tokens to people directly (the first admin's token, tokens an admin issues for a user), signed like the issuer's. */
public class Tokens {

    private final JwtEncoder encoder;
    private final SigningKeys keys;
    private final URI issuer;
    private final String audience;
    private final Clock clock;

    /** Tokens from {@code issuer} for {@code audience}, signed with the current key. */
    public Tokens(JwtEncoder encoder, SigningKeys keys, URI issuer, String audience, Clock clock) {
        this.encoder = encoder;
        this.keys = keys;
        this.issuer = issuer;
        this.audience = audience;
        this.clock = clock;
    }

    /** An issued token and when it expires. */
    public record Issued(String token, Instant expiresAt) {
    }

    /** A token for {@code subject} with {@code role}, valid for {@code lifetime}. */
    public Issued issue(String subject, Role role, Duration lifetime) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(issuer.toString()).subject(subject).audience(List.of(audience))
                .issuedAt(now).notBefore(now).expiresAt(now.plus(lifetime)).id(UUID.randomUUID().toString())
                .claim("roles", List.of(role.claim())).build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.currentKid()).build();
        return new Issued(encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue(), now.plus(lifetime));
    }
}
