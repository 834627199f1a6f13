package org.flextime.platform.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * This service's own access token for calls to other services: the OAuth 2.1 client-credentials grant at the issuer's
 * token endpoint (found in its OpenID metadata), kept until shortly before it expires.
 */
public final class ClientCredentialsTokens implements ServiceTokens {

    private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);
    private final URI issuer;
    private final SecurityProperties.Client client;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant renewAt = Instant.MIN;

    /** Tokens for {@code client} from {@code issuer}. */
    public ClientCredentialsTokens(URI issuer, SecurityProperties.Client client, ObjectMapper json) {
        this.issuer = issuer;
        this.client = client;
        this.json = json;
    }

    @Override
    public synchronized String current() {
        if (client == null || !client.present() || issuer == null) {
            throw new IllegalStateException("this service has no client credentials (flextime.security.client.id/secret)"
                    + " or no issuer (flextime.security.issuer): it cannot call another service");
        }
        if (token == null || Instant.now().isAfter(renewAt)) {
            JsonNode granted = json.readTree(send(HttpRequest.newBuilder(tokenEndpoint())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (encode(client.id()) + ":" + encode(client.secret())).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build()));
            token = granted.get("access_token").asString();
            renewFrom(granted.path("expires_in").asLong(300));
        }
        return token;
    }

    private void renewFrom(long expiresInSeconds) {
        renewAt = Instant.now().plusSeconds(expiresInSeconds).minus(RENEW_BEFORE);
    }

    private URI tokenEndpoint() {
        String base = issuer.toString().replaceAll("/$", "");
        JsonNode metadata = json.readTree(send(HttpRequest.newBuilder(URI.create(base + "/.well-known/openid-configuration")).GET().build()));
        return URI.create(metadata.get("token_endpoint").asString());
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the issuer answered " + response.statusCode() + " to " + request.uri());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the issuer at " + issuer + " is not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        // RFC 6749 2.3.1: client id and secret are form-encoded before they are joined for Basic authentication
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
