package org.flextime.app;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The bearer token the command-line clients send: {@code FLEXTIME_TOKEN}, else the file {@code FLEXTIME_TOKEN_FILE}
 * names, else the first admin's {@code admin.token} in the data folder ({@code FLEXTIME_DATA_DIR}, default {@code ./data}),
 * which the identity service writes at start, so the demo needs no sign-in step.
 */
final class CallerToken {

    private CallerToken() {
    }

    /** The token from the process environment, or null when there is none (the server then answers 401, saying why). */
    static String fromEnvironment() {
        return from(System.getenv());
    }

    /** The token {@code env} leads to, or null. */
    static String from(Map<String, String> env) {
        String token = env.get("FLEXTIME_TOKEN");
        if (token != null && !token.isBlank()) {
            return token.trim();
        }
        Path file = env.containsKey("FLEXTIME_TOKEN_FILE") ? Path.of(env.get("FLEXTIME_TOKEN_FILE"))
                : Path.of(env.getOrDefault("FLEXTIME_DATA_DIR", "./data"), "admin.token");
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code request} with {@code token} as its bearer token, when there is one. */
    static HttpRequest.Builder signed(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }
}
