package org.flextime.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A stand-in OIDC issuer for tests of one service: publishes its metadata and its key on loopback, answers
 * client-credentials requests with a {@code scheduler} token, and signs tokens with any subject, role, audience and
 * expiry, or with a key nobody published (a forgery).
 */
public final class TestIssuer implements AutoCloseable {

    /** The audience FlexTime's services expect. */
    public static final String AUDIENCE = "flextime";
    private final HttpServer server;
    private final RSAKey key = newKey();
    private final RSAKey forger = newKey();

    private TestIssuer(HttpServer server) {
        this.server = server;
    }

    /** Starts an issuer on a free loopback port. */
    public static TestIssuer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TestIssuer issuer = new TestIssuer(server);
            server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange, "{\"issuer\":\"" + issuer.url()
                    + "\",\"jwks_uri\":\"" + issuer.url() + "/jwks\",\"token_endpoint\":\"" + issuer.url() + "/token\","
                    + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                    + "\"response_types_supported\":[\"code\"]}"));
            server.createContext("/jwks", exchange -> answer(exchange, new JWKSet(issuer.key.toPublicJWK()).toString()));
            server.createContext("/token", exchange -> answer(exchange, "{\"access_token\":\"" + issuer.token("service", "scheduler")
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer URL services are configured with ({@code flextime.security.issuer}). */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code properties} of a service with this issuer as its token issuer. */
    public java.util.Map<String, Object> configure(java.util.Map<String, Object> properties) {
        java.util.Map<String, Object> configured = new java.util.HashMap<>(properties);
        configured.put("flextime.security.issuer", url());
        configured.put("flextime.security.client.id", "test-service");
        configured.put("flextime.security.client.secret", "test-secret");
        return configured;
    }

    /** The header value of an admin's token: what most tests of one service call with. */
    public String adminBearer() {
        return "Bearer " + token("tester", "admin");
    }

    /** A valid token for {@code subject} with {@code role}, expiring in 5 minutes. */
    public String token(String subject, String role) {
        return sign(key, subject, role, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)));
    }

    /** A token that expired {@code ago}. */
    public String expired(String role, Duration ago) {
        return sign(key, "someone", role, AUDIENCE, Instant.now().minus(ago));
    }

    /** A token for another audience. */
    public String forAudience(String role, String audience) {
        return sign(key, "someone", role, audience, Instant.now().plus(Duration.ofMinutes(5)));
    }

    /** A token signed with a key this issuer never published. */
    public String forged(String role) {
        return sign(forger, "someone", role, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)));
    }

    private String sign(RSAKey with, String subject, String role, String audience, Instant expiry) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(url()).subject(subject).audience(audience)
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(10)))).expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString()).claim("roles", List.of(role)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(with));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
