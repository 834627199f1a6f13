package org.flextime.constraints.validation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.flextime.contracts.api.GameView;
import org.flextime.contracts.api.ScheduleSummary;
import org.flextime.platform.web.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a schedule from the scheduler's public API (no service reads another's tables). Configured by
 * {@code flextime.scheduler-url}; without it, validation accepts inline schedules only.
 */
public class SchedulerClient {

    /** A schedule's sport, season and games as the scheduler publishes them. */
    public record Fetched(ScheduleSummary summary, List<GameView> games) {
    }

    private final String baseUrl;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A client for the scheduler at {@code baseUrl} (blank: not configured). */
    public SchedulerClient(String baseUrl, ObjectMapper json) {
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
        this.json = json;
    }

    /** Whether a scheduler URL is configured. */
    public boolean configured() {
        return !baseUrl.isBlank();
    }

    /** The schedule, or empty when the scheduler does not know it; fails when the scheduler cannot be reached. */
    public Optional<Fetched> fetch(String scheduleId) {
        String summary = get("/api/v1/schedules/" + scheduleId);
        if (summary == null) {
            return Optional.empty();
        }
        String games = get("/api/v1/schedules/" + scheduleId + "/games");
        if (games == null) {
            throw new NotFoundException("schedule", scheduleId);
        }
        return Optional.of(new Fetched(json.readValue(summary, ScheduleSummary.class), json.readValue(games, new TypeReference<List<GameView>>() {
        })));
    }

    private String get(String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 404) {
                return null;
            }
            if (r.statusCode() != 200) {
                throw new IllegalStateException("scheduler answered " + r.statusCode() + " for " + path);
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException("scheduler unreachable at " + baseUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the scheduler", e);
        }
    }
}
