package org.flextime.constraints.validation;

import java.util.List;
import java.util.Optional;
import org.flextime.contracts.api.GameView;
import org.flextime.contracts.api.ScheduleSummary;
import org.flextime.platform.web.NotFoundException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Reads a schedule from the scheduler's public API (no service reads another's tables). Without a scheduler
 * ({@code api} null), validation accepts inline schedules only.
 */
public class SchedulerClient {

    /** A schedule's sport, season and games as the scheduler publishes them. */
    public record Fetched(ScheduleSummary summary, List<GameView> games) {
    }

    private final SchedulerApi api;

    /** A client over {@code api} (null: no scheduler configured). */
    public SchedulerClient(SchedulerApi api) {
        this.api = api;
    }

    /** Whether a scheduler is configured. */
    public boolean configured() {
        return api != null;
    }

    /** The schedule, or empty when the scheduler does not know it; fails when the scheduler cannot be reached. */
    public Optional<Fetched> fetch(String scheduleId) {
        ScheduleSummary summary;
        try {
            summary = api.schedule(scheduleId);
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        } catch (RestClientException e) {
            throw new IllegalStateException("scheduler unavailable: " + e.getMessage(), e);
        }
        try {
            return Optional.of(new Fetched(summary, api.games(scheduleId)));
        } catch (HttpClientErrorException.NotFound e) {
            throw new NotFoundException("schedule", scheduleId);
        } catch (RestClientException e) {
            throw new IllegalStateException("scheduler unavailable: " + e.getMessage(), e);
        }
    }
}
