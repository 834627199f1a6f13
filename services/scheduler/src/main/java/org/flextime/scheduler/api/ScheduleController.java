package org.flextime.scheduler.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.flextime.contracts.api.CreateScheduleRequest;
import org.flextime.contracts.api.GameView;
import org.flextime.contracts.api.JobView;
import org.flextime.contracts.api.ScheduleSummary;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;
import org.flextime.scheduler.jobs.ConstraintSetSource;
import org.flextime.scheduler.jobs.OptimizerDraftEngine;
import org.flextime.scheduler.persistence.Jobs;
import org.flextime.scheduler.persistence.Schedules;
import org.flextime.scheduler.saga.ScheduleCreationSaga;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public schedule and job resources. */
@RestController
@RequestMapping("/api/v1")
class ScheduleController {

    private final ScheduleCreationSaga saga;
    private final Jobs jobs;
    private final Schedules schedules;
    private final SeasonCatalog seasons;
    private final ConstraintSetSource constraintSets;

    ScheduleController(ScheduleCreationSaga saga, Jobs jobs, Schedules schedules, SeasonCatalog seasons,
                       ConstraintSetSource constraintSets) {
        this.constraintSets = constraintSets;
        this.saga = saga;
        this.jobs = jobs;
        this.schedules = schedules;
        this.seasons = seasons;
    }

    /** Requests a schedule; the work runs as a saga and the job reports on it. */
    @PostMapping("/schedules")
    ResponseEntity<JobView> create(@RequestBody CreateScheduleRequest request,
                                   @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new InvalidFieldException("Idempotency-Key", "the Idempotency-Key header must be 1 to 200 characters");
        }
        Season season = season(request.season());
        Sport sport = sport(season, request.sport());
        Map<String, Object> options = request.options();
        int budget = RequestedOptions.check(options);
        try {
            try {
                OptimizerDraftEngine.check(season, sport, options, null);
            } catch (IllegalArgumentException unknown) {
                // a weight may name a rule only the sport's active set has: ask for it only then
                OptimizerDraftEngine.check(season, sport, options, constraintSets.active(season, sport).set());
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("options", e.getMessage(), 422);
        }
        JobView job;
        try {
            job = saga.start(sport, season, options, budget, idempotencyKey, MDC.get("correlationId"), MDC.get("traceparent"));
        } catch (DuplicateKeyException race) {
            // Two requests with one key raced; the one that lost gets the winner's job.
            job = saga.byKey(idempotencyKey).orElseThrow(() -> race);
        }
        if (idempotencyKey != null && !(job.sport().equals(sport.code()) && job.season().equals(season.id()))) {
            throw new InvalidFieldException("Idempotency-Key", "this Idempotency-Key was already used for "
                    + job.sport() + " " + job.season() + " (job " + job.id() + ")", 422);
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + job.id())).body(job);
    }

    /** A job's progress. */
    @GetMapping("/jobs/{id}")
    JobView job(@PathVariable String id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("job", id));
    }

    /** Cancels a job that has not ended: its finished steps are compensated and it ends {@code cancelled}. */
    @DeleteMapping("/jobs/{id}")
    JobView cancel(@PathVariable String id) {
        JobView job = jobs.find(id).orElseThrow(() -> new NotFoundException("job", id));
        return saga.cancel(id).orElseThrow(() -> new JobEndedException(job));
    }

    /** A schedule's summary. */
    @GetMapping("/schedules/{id}")
    ScheduleSummary schedule(@PathVariable String id) {
        return schedules.find(id).orElseThrow(() -> new NotFoundException("schedule", id));
    }

    /** A schedule's games in date order. */
    @GetMapping("/schedules/{id}/games")
    List<GameView> games(@PathVariable String id) {
        schedules.find(id).orElseThrow(() -> new NotFoundException("schedule", id));
        return schedules.games(id);
    }

    private Season season(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidFieldException("season", "season is required, e.g. \"2025-26\"");
        }
        return seasons.find(id).orElseThrow(() -> new InvalidFieldException("season",
                "unknown season '" + id + "'; known: " + String.join(", ", seasons.seasonIds()), 422));
    }

    private static Sport sport(Season season, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidFieldException("sport", "sport is required, e.g. \"MBB\"");
        }
        return season.sport(code).orElseThrow(() -> new InvalidFieldException("sport", "unknown sport '" + code
                + "' in season " + season.id() + "; known: "
                + String.join(", ", season.sports().stream().map(Sport::code).toList()), 422));
    }
}
