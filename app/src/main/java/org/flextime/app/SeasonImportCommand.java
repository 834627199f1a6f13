package org.flextime.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.flextime.domain.SeasonDataException;
import org.flextime.domain.SeasonDocuments;
import org.flextime.platform.web.IdempotentRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code season import FILE [--url URL]}: posts a season document to a running FlexTime ({@code POST /api/v1/seasons}) and
 * prints one line: the season and version stored, or why not (exit 1). A file in the bundled layout (its {@code schools}
 * naming a schools CSV beside it) is sent with those schools inline. The Idempotency-Key is the document's hash, so
 * running the same import twice stores it once.
 */
final class SeasonImportCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = JsonMapper.builder().build();

    SeasonImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs {@code season SUBCOMMAND ARGS}; returns the exit code. */
    int run(List<String> args) {
        if (args.size() < 2 || !args.get(0).equals("import")) {
            throw new IllegalArgumentException("usage: season import FILE [--url URL]");
        }
        Path file = Path.of(args.get(1));
        String caller = System.getenv("FLEXTIME_CALLER_DIR");
        if (!file.isAbsolute() && caller != null && !caller.isBlank()) {
            file = Path.of(caller).resolve(file);
        }
        int at = args.indexOf("--url");
        String url = at >= 0 && at + 1 < args.size() ? args.get(at + 1)
                : "http://127.0.0.1:" + System.getenv().getOrDefault("FLEXTIME_PORT", "8080");
        if (!Files.isRegularFile(file)) {
            return fail(file + ": no such file");
        }
        String body;
        try {
            body = SeasonDocuments.inline(file).toString();
        } catch (SeasonDataException e) {
            return fail(e.getMessage());
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = CallerToken.signed(HttpRequest.newBuilder(URI.create(url + "/api/v1/seasons")), CallerToken.fromEnvironment())
                .header("Content-Type", "application/json").header(IdempotentRequests.HEADER,
                        "season-import-" + IdempotentRequests.hash("application/json", bytes))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return fail("cannot reach FlexTime at " + url + " (" + e.getClass().getSimpleName() + "); is it running? (./flextime start)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() != 201) {
            String field = answer.path("field").asString("");
            String detail = answer.path("detail").asString(response.body());
            return fail(response.statusCode() + " " + (field.isEmpty() || detail.startsWith(field) ? "" : field + ": ") + detail);
        }
        out.println("imported season " + answer.path("id").asString() + " version " + answer.path("version").asInt()
                + " (" + response.headers().firstValue("Location").orElse("") + ")");
        return 0;
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (RuntimeException notJson) {
            return json.createObjectNode();
        }
    }

    private int fail(String message) {
        err.println("flextime: season import: " + message);
        return 1;
    }
}
