package org.flextime.scheduler.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.flextime.contracts.api.CreateScheduleRequest;
import org.flextime.contracts.api.GameView;
import org.flextime.contracts.api.JobView;
import org.flextime.contracts.api.RobinxInstances;
import org.flextime.contracts.api.ScheduleSummary;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.platform.security.Actor;
import org.flextime.platform.web.IdempotentRequests;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;
import org.flextime.scheduler.config.SchedulerProperties;
import org.flextime.scheduler.editing.ScheduleEditing;
import org.flextime.scheduler.jobs.ConstraintSetSource;
import org.flextime.scheduler.jobs.OptimizerDraftEngine;
import org.flextime.scheduler.persistence.Jobs;
import org.flextime.scheduler.persistence.Schedules;
import org.flextime.scheduler.problems.EngineChoice;
import org.flextime.scheduler.problems.InstanceRun;
import org.flextime.scheduler.problems.RobinxSource;
import org.flextime.scheduler.problems.TeamSubset;
import org.flextime.scheduler.saga.ScheduleCreationSaga;
import org.flextime.scheduler.seasons.SeasonVersion;
import org.flextime.scheduler.seasons.Seasons;
import org.slf4j.MDC;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.support.TransactionTemplate;

/** The public schedule and job resources. */
@RestController
@RequestMapping("/api/v1")
class ScheduleController {

    private final ScheduleCreationSaga saga;
    private final Jobs jobs;
    private final Schedules schedules;
    private final Seasons seasons;
    private final ConstraintSetSource constraintSets;
    private final IdempotentRequests idempotent;
    private final ScheduleEditing editing;
    private final RobinxSource robinx;
    private final int maxActivePerUser;
    private final RequesterLocks requesters = new RequesterLocks(64);
    private final TransactionTemplate tx;

    ScheduleController(ScheduleCreationSaga saga, Jobs jobs, Schedules schedules, Seasons seasons,
                       ConstraintSetSource constraintSets, IdempotentRequests idempotent, ScheduleEditing editing,
                       RobinxSource robinx, SchedulerProperties settings, TransactionTemplate tx) {
        this.tx = tx;
        this.maxActivePerUser = settings.jobs().maxActivePerUser();
        this.editing = editing;
        this.robinx = robinx;
        this.idempotent = idempotent;
        this.constraintSets = constraintSets;
        this.saga = saga;
        this.jobs = jobs;
        this.schedules = schedules;
        this.seasons = seasons;
    }

    /**
     * Requests a schedule; the work runs as a saga and the job reports on it. {@code Idempotency-Key}: the same key and
     * body replays the first answer, the same key with another body is a 422.
     */
    @PostMapping("/schedules")
    ResponseEntity<String> create(@RequestBody CreateScheduleRequest request,
                                  @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        // the limit's count and the new job's commit in one transaction under the user's lock: this process's, and the
        // database's for every replica (joining an idempotent request's transaction when there is one)
        return requesters.oneAtATime(Actor.current(),
                () -> idempotent.run(idempotencyKey, "POST /api/v1/schedules", idempotent.hash(request), () -> tx.execute(t -> {
                    Actor.current().ifPresent(jobs::holdRequester);
                    return accept(request, idempotencyKey);
                })));
    }

    private ResponseEntity<JobView> accept(CreateScheduleRequest request, String idempotencyKey) {
        // every solve is CPU-bound: one user may not queue up the whole machine
        Actor.current().filter(user -> jobs.activeFor(user) >= maxActivePerUser).ifPresent(user -> {
            throw new TooManyJobsException(user, maxActivePerUser);
        });
        if (request.instance() != null) {
            return accepted(instanceJob(request, idempotencyKey));
        }
        SeasonVersion stored = season(request.season());
        Season season = stored.season();
        Sport sport = sport(season, request.sport());
        List<String> teams = teams(season, sport, request.teams());
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
        Integer setVersion = request.constraintSetVersion();
        if (setVersion != null) {
            checkConstraintSetVersion(season, sport, setVersion);
        }
        JobView job = saga.start(sport.code(), stored.id(), stored.version(), EngineChoice.season(sport.code(), season.id()), teams,
                options, setVersion, budget, idempotencyKey, MDC.get("correlationId"), MDC.get("traceparent"));
        return accepted(job);
    }

    /** 422 unless the sport's constraint set has the version (0: its defaults). */
    private void checkConstraintSetVersion(Season season, Sport sport, int version) {
        if (version < 0) {
            throw new InvalidFieldException("constraintSetVersion", "must be 0 (the defaults) or a version of the sport's set", 422);
        }
        try {
            constraintSets.version(season, sport, version);
        } catch (ConstraintSetSource.NoSuchVersion e) {
            throw new InvalidFieldException("constraintSetVersion", e.getMessage(), 422);
        } catch (ConstraintSetSource.Unavailable e) {
            throw new InvalidFieldException("constraintSetVersion", "cannot check it now: " + e.getMessage(), 503);
        }
    }

    private static ResponseEntity<JobView> accepted(JobView job) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + job.id())).body(job);
    }

    /** A request for an imported RobinX instance: the solver its objective calls for, with the command line's options. */
    private JobView instanceJob(CreateScheduleRequest request, String idempotencyKey) {
        if (request.season() != null || request.sport() != null) {
            throw new InvalidFieldException("instance", "give either an instance or a season and sport, not both", 422);
        }
        if (request.teams() != null) {
            throw new InvalidFieldException("teams", "a RobinX instance is scheduled with all its teams", 422);
        }
        int budget = InstanceOptions.check(request.options());
        RobinxSource.Problem problem = robinx.find(request.instance()).orElseThrow(() -> new InvalidFieldException("instance",
                "unknown RobinX instance '" + request.instance() + "'; import it first: POST /api/v1/robinx/instances", 422));
        boolean travel = problem.instance().minimizesTravel();
        InstanceOptions.checkFor(request.options(), travel);
        return saga.start(RobinxInstances.SPORT, problem.id(), null, EngineChoice.robinx(travel, InstanceRun.of(request.options(), travel)), null,
                request.options(), null, budget, idempotencyKey, MDC.get("correlationId"), MDC.get("traceparent"));
    }

    /** The request's subset of the sport's teams (null: all of them), or a 422 naming {@code teams[i]}. */
    private static List<String> teams(Season season, Sport sport, List<String> teams) {
        if (teams == null) {
            return null;
        }
        try {
            return TeamSubset.of(season, sport, teams).sport().participants();
        } catch (TeamSubset.Invalid e) {
            throw new InvalidFieldException(e.index() < 0 ? "teams" : "teams[" + e.index() + "]", e.getMessage(), 422);
        }
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

    /** A schedule's summary; its ETag names the current version, the one edits must match. */
    @GetMapping("/schedules/{id}")
    ResponseEntity<ScheduleSummary> schedule(@PathVariable String id) {
        ScheduleSummary summary = schedules.find(id).orElseThrow(() -> new NotFoundException("schedule", id));
        return ResponseEntity.ok().eTag(editing.etag(id)).body(summary);
    }

    /** A schedule's games in date order. */
    @GetMapping("/schedules/{id}/games")
    List<GameView> games(@PathVariable String id) {
        schedules.find(id).orElseThrow(() -> new NotFoundException("schedule", id));
        return schedules.games(id);
    }

    /** The season's current version: the one the schedule is built from. */
    private SeasonVersion season(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidFieldException("season", "season is required, e.g. \"2025-26\"");
        }
        return seasons.current(id).orElseThrow(() -> new InvalidFieldException("season",
                "unknown season '" + id + "'; known: " + String.join(", ", seasons.ids()), 422));
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
