package org.flextime.constraints.validation;

import java.util.List;
import java.util.Optional;
import org.flextime.contracts.api.GameView;
import org.flextime.contracts.api.ScheduleSummary;
import org.flextime.contracts.api.SeasonView;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonDataException;
import org.flextime.domain.SeasonDocuments;
import org.flextime.platform.web.NotFoundException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Reads schedules and seasons from the scheduler's public API (no service reads another's tables): seasons are the
 * scheduler's, so a season a conference imported or copied (2026-27) is known here only through it. Without a
 * scheduler ({@code api} null), validation accepts inline schedules of the bundled seasons only.
 */
public class SchedulerClient {

    /** A schedule's sport, season and games as the scheduler publishes them. */
    public record Fetched(ScheduleSummary summary, List<GameView> games) {
    }

    private final SchedulerApi api;
    private final SeasonsApi seasons;
    private final SeasonDocuments documents;

    /** A client over {@code api} (null: no scheduler configured) that reads schedules only. */
    public SchedulerClient(SchedulerApi api) {
        this(api, null, null);
    }

    /** A client over the scheduler's schedules and seasons (both null: no scheduler), each season version parsed once. */
    public SchedulerClient(SchedulerApi api, SeasonsApi seasons, SeasonDocuments documents) {
        this.api = api;
        this.seasons = seasons;
        this.documents = documents;
    }

    /**
     * Version {@code version} of the scheduler's season {@code id} (null: its current version), or empty when the
     * scheduler does not know it or none is configured; fails when the scheduler cannot be reached or serves a season
     * that does not read.
     */
    public Optional<Season> season(String id, Integer version) {
        if (seasons == null || id == null || id.isBlank()) {
            return Optional.empty();
        }
        SeasonView view;
        try {
            view = version == null ? seasons.current(id) : seasons.version(id, version);
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        } catch (RestClientException e) {
            throw new IllegalStateException("scheduler unavailable: " + e.getMessage(), e);
        }
        try {
            return Optional.of(documents.season(view.id(), view.version(), view.document()));
        } catch (SeasonDataException e) {
            throw new IllegalStateException("the scheduler's season " + id + " v" + view.version() + " does not read: " + e.getMessage(), e);
        }
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
