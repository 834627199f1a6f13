package org.flextime.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code user add NAME --role ROLE [--url URL]}: creates a user in a running FlexTime through the gateway, as the
 * admin whose token {@link CallerToken} finds, and prints the generated password, which is shown this once.
 */
final class UserCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = JsonMapper.builder().build();

    UserCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs {@code user add ...}; returns the exit code. */
    int run(List<String> args) {
        int role = args.indexOf("--role");
        if (args.size() < 2 || !args.get(0).equals("add") || role < 0 || role + 1 >= args.size()) {
            throw new IllegalArgumentException("usage: user add NAME --role viewer|scheduler|admin [--url URL]");
        }
        int at = args.indexOf("--url");
        String url = at >= 0 && at + 1 < args.size() ? args.get(at + 1)
                : "http://127.0.0.1:" + System.getenv().getOrDefault("FLEXTIME_PORT", "8080");
        String name = args.get(1);
        HttpRequest request = CallerToken.signed(HttpRequest.newBuilder(URI.create(url + "/api/v1/users")), CallerToken.fromEnvironment())
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("name", name, "role", args.get(role + 1)))))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            err.println("flextime: cannot reach FlexTime at " + url + " (" + e.getClass().getSimpleName() + "); is it running? (./flextime start)");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        JsonNode answer = json.readTree(response.body().isBlank() ? "{}" : response.body());
        if (response.statusCode() != 201) {
            err.println("flextime: " + response.statusCode() + " " + answer.path("detail").asString(response.body()));
            return 1;
        }
        out.printf("created user '%s' with role %s; password (shown once): %s%n", answer.get("name").asString(),
                answer.get("role").asString(), answer.get("password").asString());
        return 0;
    }
}
