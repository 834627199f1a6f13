package org.flextime.scheduler.jobs;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.ConstraintSetDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the sport's active constraint set from the constraints service's public API (no service reads another's
 * tables): {@code GET /api/v1/constraint-sets?season=&sport=}, then the active version's document from
 * {@code GET /api/v1/constraint-sets/{id}/versions/{v}}. Configured by {@code flextime.constraints-url} (else
 * {@code flextime.routes.constraints}); with neither, when no set is active, or when the service cannot be reached
 * or answers with something unreadable, the sport's default set is used and the choice says why.
 */
public class ConstraintsClient implements ConstraintSetSource {

    private final String baseUrl;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ConstraintSetDocument documents = new ConstraintSetDocument();

    /** A client for the constraints service at {@code baseUrl} (blank: not configured). */
    public ConstraintsClient(String baseUrl) {
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    @Override
    public Choice active(Season season, Sport sport) {
        if (baseUrl.isBlank()) {
            return Choice.defaults("no constraints service configured");
        }
        try {
            JsonNode sets = get("/api/v1/constraint-sets?season=" + encode(season.id()) + "&sport=" + encode(sport.code()));
            for (JsonNode s : sets) {
                JsonNode active = s.get("activeVersion");
                if (active == null || active.isNull() || !sport.code().equalsIgnoreCase(s.path("sport").asString())) {
                    continue;
                }
                String id = s.get("id").asString();
                int version = active.asInt();
                JsonNode v = get("/api/v1/constraint-sets/" + encode(id) + "/versions/" + version);
                ConstraintSet set = documents.read(v.get("document"), sport.code(), season.id());
                String hash = v.path("contentHash").asString("");
                return new Choice(set, "constraint set " + id + " v" + version + (hash.isEmpty() ? "" : " (" + hash + ")"));
            }
            return Choice.defaults("no active constraint set for " + sport.code() + " " + season.id());
        } catch (RuntimeException e) {
            return Choice.defaults("constraints service unavailable: " + e.getMessage());
        }
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(5))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("answered " + r.statusCode() + " for " + path);
            }
            return json.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("unreachable at " + baseUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the constraints service", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
