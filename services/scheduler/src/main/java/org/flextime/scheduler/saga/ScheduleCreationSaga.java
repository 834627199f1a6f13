package org.flextime.scheduler.saga;

import static org.flextime.contracts.events.EventTypes.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flextime.contracts.api.JobStates;
import org.flextime.contracts.api.JobView;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.Payloads;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;
import org.flextime.domain.QualityInputs;
import org.flextime.domain.Sport;
import org.flextime.platform.faults.FaultInjection;
import org.flextime.platform.messaging.EventPublisher;
import org.flextime.scheduler.config.SchedulerProperties;
import org.flextime.scheduler.persistence.Jobs;
import org.flextime.scheduler.persistence.Sagas;
import org.flextime.scheduler.persistence.Schedules;
import org.flextime.scheduler.problems.EngineChoice;
import org.flextime.scheduler.problems.TeamSubset;
import org.flextime.scheduler.seasons.SeasonVersion;
import org.flextime.scheduler.seasons.Seasons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Orchestrates schedule creation: createDraft → optimizeTravel → validateConstraints → detectConflicts →
 * predictQuality → finalize. The travel step changes games (the travel optimizer's cheaper draft), so it runs
 * before the steps that judge them, and the draft it changes is still version 1.
 *
 * <p>Every transition happens in one transaction with the events it publishes, and each step's
 * compensation is recorded in the same transaction that starts the step. A step that fails, or
 * whose reply does not arrive before its deadline, makes the saga undo the finished steps newest
 * first and end {@code failed} with the reason.
 */
@Component
public class ScheduleCreationSaga {

    private static final Logger log = LoggerFactory.getLogger(ScheduleCreationSaga.class);
    private static final String SOURCE = "/flextime/scheduler";
    private static final String CANCELLED = "cancelled by user";

    private final Jobs jobs;
    private final Schedules schedules;
    private final Sagas sagas;
    private final EventPublisher events;
    private final ObjectMapper json;
    private final FaultInjection faults;
    private final Duration stepTimeout;
    private final Seasons seasons;

    /** The saga over the scheduler's tables, publishing through {@code events}; {@code seasons} holds the season versions. */
    public ScheduleCreationSaga(Jobs jobs, Schedules schedules, Sagas sagas, EventPublisher events, ObjectMapper json,
                                FaultInjection faults, SchedulerProperties settings, Seasons seasons) {
        this.seasons = seasons;
        this.jobs = jobs;
        this.schedules = schedules;
        this.sagas = sagas;
        this.events = events;
        this.json = json;
        this.faults = faults;
        this.stepTimeout = settings.saga().stepTimeout();
    }

    /** Accepts a request for a season's whole sport, for the season engine. */
    @Transactional
    public JobView start(Sport sport, SeasonVersion season, Map<String, Object> options, Integer constraintSetVersion,
                         int budgetSeconds, String idempotencyKey, String correlationId, String traceparent) {
        return start(sport.code(), season.id(), season.version(), EngineChoice.season(sport.code(), season.id()), null, options,
                constraintSetVersion, budgetSeconds, idempotencyKey, correlationId, traceparent);
    }

    /**
     * Accepts a request: a queued job built from this season version (null for an imported RobinX instance, its own
     * season), with the engine chosen for its problem and the subset of teams (null: all), a saga at its first step and
     * the event that starts it.
     */
    @Transactional
    public JobView start(String sport, String season, Integer seasonVersion, EngineChoice engine, List<String> teams,
                         Map<String, Object> options, Integer constraintSetVersion,
                         int budgetSeconds, String idempotencyKey, String correlationId, String traceparent) {
        if (idempotencyKey != null) {
            Optional<JobView> existing = jobs.findByKey(idempotencyKey);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        String jobId = UUID.randomUUID().toString();
        String scheduleId = UUID.randomUUID().toString();
        jobs.insert(jobId, idempotencyKey, scheduleId, sport, season,
                options == null ? null : json.writeValueAsString(options), budgetSeconds, JobStates.QUEUED);
        jobs.engine(jobId, engine.engine(), engine.reason(), teams);
        if (seasonVersion != null) {
            jobs.builtFromSeason(jobId, seasonVersion);
        }
        if (constraintSetVersion != null) {
            jobs.requestConstraintSetVersion(jobId, constraintSetVersion);
        }
        sagas.insert(jobId, scheduleId, SagaStep.CREATE_DRAFT.id(), Instant.now().plus(stepTimeout), correlationId, traceparent);
        publish(EventEnvelope.first(SOURCE, SCHEDULE_REQUESTED, scheduleId,
                json.valueToTree(new Payloads.ScheduleRequested(jobId, jobId, scheduleId, sport, season, options)),
                correlationId).withTraceparent(traceparent));
        return jobs.find(jobId).orElseThrow();
    }

    /** Step createDraft begins: its compensation is recorded and the job joins the queue the workers draw from. */
    @Transactional
    public void onRequested(EventEnvelope event) {
        Payloads.ScheduleRequested request = json.treeToValue(event.data(), Payloads.ScheduleRequested.class);
        Optional<Sagas.Saga> saga = current(request.sagaId(), SagaStep.CREATE_DRAFT);
        if (saga.isEmpty()) {
            return;
        }
        sagas.stepStarted(request.sagaId(), SagaStep.CREATE_DRAFT.id(), 0, SagaStep.CREATE_DRAFT.compensation());
        sagas.queued(request.sagaId(), event.id());
        jobs.update(request.jobId(), JobStates.QUEUED, SagaStep.CREATE_DRAFT.id(), null);
    }

    /**
     * A worker took the job: createDraft gets a deadline, so a draft that never comes back (an engine
     * stuck with its worker alive) fails the saga instead of holding it forever. It is twice the budget
     * plus the step timeout, because the drafts before the search are not bounded by the budget and
     * take seconds on a loaded machine.
     */
    @Transactional
    public void drafting(String jobId, Duration budget) {
        current(jobId, SagaStep.CREATE_DRAFT)
                .ifPresent(saga -> sagas.deadline(jobId, Instant.now().plus(budget.plus(stepTimeout).multipliedBy(2))));
    }

    /** The engine produced a draft: store it and start the next step of the job's plan (unless the job was cancelled meanwhile). */
    @Transactional
    public void draftReady(String jobId, List<Game> games) {
        Optional<Sagas.Saga> found = current(jobId, SagaStep.CREATE_DRAFT);
        if (found.isEmpty()) {
            return;
        }
        Sagas.Saga saga = found.get();
        EventEnvelope cause = origin(saga);
        if (jobs.cancelRequested(jobId)) {
            compensate(saga, SagaStep.CREATE_DRAFT, CANCELLED, cause, JobStates.CANCELLED);
            return;
        }
        JobView job = jobs.find(jobId).orElseThrow();
        schedules.insertDraft(saga.scheduleId(), jobId, job.sport(), job.season(), games, QualityInputs.homeAwayImbalance(games));
        schedules.builtFromSeason(saga.scheduleId(), job.seasonVersion());
        sagas.stepStatus(jobId, SagaStep.CREATE_DRAFT.id(), "done");
        EventEnvelope created = cause.next(SOURCE, SCHEDULE_DRAFT_CREATED, saga.scheduleId(), json.valueToTree(
                new Payloads.DraftCreated(jobId, saga.scheduleId(), job.sport(), job.season(), games.size())));
        publish(created);
        startNext(saga, SagaStep.CREATE_DRAFT, created);
    }

    /** The engine could not produce a draft: the saga fails with its reason (or is cancelled, if that was asked). */
    @Transactional
    public void draftFailed(String jobId, String reason) {
        current(jobId, SagaStep.CREATE_DRAFT).ifPresent(saga -> {
            boolean cancelled = jobs.cancelRequested(jobId);
            compensate(saga, SagaStep.CREATE_DRAFT, cancelled ? CANCELLED : reason, origin(saga),
                    cancelled ? JobStates.CANCELLED : JobStates.FAILED);
        });
    }

    /** Records and announces the engine's best score so far. */
    @Transactional
    public void progress(String jobId, long elapsedMillis, Integer bestHard, Long bestSoft) {
        Optional<Sagas.Saga> saga = sagas.lock(jobId).filter(s -> s.state().equals("running"));
        if (saga.isEmpty()) {
            return;
        }
        jobs.progress(jobId, elapsedMillis, bestHard, bestSoft);
        if (bestHard != null && bestSoft != null) {
            publish(origin(saga.get()).next(SOURCE, SCHEDULE_PROGRESS, saga.get().scheduleId(), json.valueToTree(
                    new Payloads.ScheduleProgress(jobId, jobId, saga.get().scheduleId(), elapsedMillis, bestHard, bestSoft))));
        }
    }

    /**
     * Cancels a job. A job the engine is working on is asked to stop and is compensated when the
     * engine lets go; any other running job is compensated now. Returns the job, or empty when it had
     * already ended.
     */
    @Transactional
    public Optional<JobView> cancel(String jobId) {
        Optional<Sagas.Saga> found = sagas.lock(jobId);
        if (found.isEmpty() || !found.get().state().equals("running")) {
            return Optional.empty();
        }
        Sagas.Saga saga = found.get();
        jobs.requestCancel(jobId);
        JobView job = jobs.find(jobId).orElseThrow();
        boolean engineHasIt = job.state().equals(JobStates.RUNNING) && saga.step().equals(SagaStep.CREATE_DRAFT.id());
        if (!engineHasIt) {
            compensate(saga, SagaStep.byId(saga.step()), CANCELLED, origin(saga), JobStates.CANCELLED);
        }
        return jobs.find(jobId);
    }

    /** A participant answered: record its figures and start the next step. */
    @Transactional
    public void onReply(EventEnvelope event) {
        SagaStep step = SagaStep.byReply(event.type()).orElseThrow();
        String sagaId = event.data().get("sagaId").asString();
        Optional<Sagas.Saga> found = current(sagaId, step);
        if (found.isEmpty()) {
            return;
        }
        Sagas.Saga saga = found.get();
        String scheduleId = saga.scheduleId();
        switch (step) {
            case VALIDATE_CONSTRAINTS -> {
                Payloads.ScheduleValidated v = json.treeToValue(event.data(), Payloads.ScheduleValidated.class);
                schedules.record(scheduleId, "hard_violations", v.hardViolations());
                schedules.record(scheduleId, "soft_penalty", v.softPenalty());
            }
            case DETECT_CONFLICTS -> schedules.record(scheduleId, "conflicts",
                    json.treeToValue(event.data(), Payloads.ConflictsDetected.class).count());
            case OPTIMIZE_TRAVEL -> {
                Payloads.TravelOptimized t = json.treeToValue(event.data(), Payloads.TravelOptimized.class);
                if (t.changedGames() != null && !t.changedGames().isEmpty()) {
                    // the optimizer's cheaper games, in the draft before the constraints and conflicts steps judge it
                    schedules.replaceDraftGames(scheduleId, t.changedGames().stream().map(g -> new Game(g.id(), g.date(),
                            g.home(), g.away(), g.venue(), GameStarts.parse(g.start()))).toList());
                    log.info("schedule {}: travel optimized before validation, {} games changed, ${} to ${} (${} saved)",
                            scheduleId, t.changedGames().size(), Math.round(t.dollarsBefore()), Math.round(t.totalDollars()),
                            Math.round(t.saving()));
                }
                schedules.record(scheduleId, "travel_miles", t.totalMiles());
                if (t.travelCost() != null) {
                    schedules.record(scheduleId, "travel_cost", t.travelCost());
                }
            }
            case PREDICT_QUALITY -> schedules.record(scheduleId, "quality",
                    json.treeToValue(event.data(), Payloads.QualityPredicted.class).quality());
            default -> throw new IllegalStateException("no reply expected for " + step);
        }
        sagas.stepStatus(sagaId, step.id(), "done");
        startNext(saga, step, event);
    }

    /** Starts the step the job's plan runs after {@code done}, recording each it skips on the way, or finalizes. */
    private void startNext(Sagas.Saga saga, SagaStep done, EventEnvelope cause) {
        SagaPlan plan = SagaPlan.forEngine(jobs.find(saga.id()).map(JobView::engine).orElse(null));
        SagaStep next = plan.after(done);
        for (SagaStep skipped = done.next().orElseThrow(); skipped != next; skipped = skipped.next().orElseThrow()) {
            SagaStep recorded = skipped;
            plan.skipReason(recorded).ifPresent(reason -> sagas.stepSkipped(saga.id(), recorded.id(), recorded.ordinal(), reason));
        }
        if (next == SagaStep.FINALIZE) {
            finalizeSchedule(saga, cause);
        } else {
            var summary = schedules.find(saga.scheduleId()).orElseThrow();
            startRemote(saga, next, cause, summary.sport(), summary.season());
        }
    }

    /** A participant failed its step: undo what was done. */
    @Transactional
    public void onStepFailed(EventEnvelope event) {
        Payloads.StepFailed failed = json.treeToValue(event.data(), Payloads.StepFailed.class);
        SagaStep step = SagaStep.byId(failed.step());
        current(failed.sagaId(), step).ifPresent(saga -> compensate(saga, step, failed.reason(), event));
    }

    /** Fails a saga whose step overran its deadline. */
    @Transactional
    public void timeOut(String sagaId) {
        sagas.lock(sagaId).filter(s -> s.state().equals("running") && s.deadline() != null && s.deadline().isBefore(Instant.now()))
                .ifPresent(saga -> compensate(saga, SagaStep.byId(saga.step()),
                        "step " + saga.step() + " timed out after " + stepTimeout.toSeconds() + " s", null));
    }

    /** Running sagas whose step is overdue. */
    public List<String> overdue() {
        return sagas.overdue(Instant.now());
    }

    /** Restarts every running saga's clock after a restart. */
    @Transactional
    public int resume() {
        return sagas.resumeAll(stepTimeout);
    }

    private void startRemote(Sagas.Saga saga, SagaStep step, EventEnvelope cause, String sport, String season) {
        // The compensation is on record before the command can reach the participant.
        sagas.stepStarted(saga.id(), step.id(), step.ordinal(), step.compensation());
        sagas.advance(saga.id(), step.id(), Instant.now().plus(stepTimeout));
        jobs.update(saga.id(), JobStates.RUNNING, step.id(), null);
        JsonNode data;
        if (step == SagaStep.PREDICT_QUALITY) {
            var s = schedules.find(saga.scheduleId()).orElseThrow();
            data = json.valueToTree(new Payloads.PredictQuality(saga.id(), saga.scheduleId(), s.games(), s.hardViolations(),
                    s.softPenalty(), s.conflicts(), s.travelMiles(), schedules.homeAwayImbalance(saga.scheduleId()),
                    schedules.travelCost(saga.scheduleId())));
        } else {
            List<Payloads.GameData> games = schedules.games(saga.scheduleId()).stream()
                    .map(g -> new Payloads.GameData(g.id(), g.date(), g.home(), g.away(), g.venue(), g.start())).toList();
            // the participants judge the schedule by the season version it was built from, carried here whole
            JobView job = jobs.find(saga.id()).orElseThrow();
            Integer setVersion = jobs.requestedConstraintSetVersion(saga.id());
            if (job.engine() != null && new EngineChoice(job.engine(), "").solvesInstance()) {
                // an imported RobinX instance is its own season, which the constraints service resolves by its id
                data = json.valueToTree(new Payloads.ScheduleWork(saga.id(), saga.scheduleId(), sport, season, games, null, null,
                        setVersion));
            } else {
                SeasonVersion version = (job.seasonVersion() == null ? seasons.current(season) : seasons.version(season, job.seasonVersion()))
                        .orElseThrow(() -> new IllegalStateException("season " + season + " version " + job.seasonVersion() + " is gone"));
                JsonNode document = job.teams() == null || job.teams().isEmpty() ? version.document()
                        : TeamSubset.of(version.season(), version.season().sport(sport).orElseThrow(), job.teams()).narrow(version.document());
                data = json.valueToTree(new Payloads.ScheduleWork(saga.id(), saga.scheduleId(), sport, season, games, version.version(),
                        document, setVersion));
            }
        }
        publish(cause.next(SOURCE, step.command(), saga.scheduleId(), data));
    }

    private void finalizeSchedule(Sagas.Saga saga, EventEnvelope cause) {
        sagas.stepStarted(saga.id(), SagaStep.FINALIZE.id(), SagaStep.FINALIZE.ordinal(), null);
        try {
            faults.before(SagaStep.FINALIZE.id());
        } catch (RuntimeException e) {
            compensate(saga, SagaStep.FINALIZE, describe(e), cause);
            return;
        }
        schedules.finalizeSchedule(saga.scheduleId());
        sagas.stepStatus(saga.id(), SagaStep.FINALIZE.id(), "done");
        sagas.end(saga.id(), "completed", null, null);
        jobs.update(saga.id(), JobStates.COMPLETED, SagaStep.FINALIZE.id(), null);
        var s = schedules.find(saga.scheduleId()).orElseThrow();
        publish(cause.next(SOURCE, SCHEDULE_FINALIZED, saga.scheduleId(), json.valueToTree(new Payloads.ScheduleFinalized(
                saga.id(), saga.scheduleId(), s.sport(), s.season(), s.games(), s.hardViolations(), s.conflicts(),
                s.travelMiles(), s.quality()))));
        log.info("schedule {} ({} {}) final: {} games, {} hard violations, {} conflicts, {} travel miles",
                s.id(), s.sport(), s.season(), s.games(), s.hardViolations(), s.conflicts(),
                s.travelMiles() == null ? "no" : Math.round(s.travelMiles()));
    }

    private void compensate(Sagas.Saga saga, SagaStep failedStep, String reason, EventEnvelope cause) {
        compensate(saga, failedStep, reason, cause, JobStates.FAILED);
    }

    private void compensate(Sagas.Saga saga, SagaStep failedStep, String reason, EventEnvelope cause, String jobState) {
        log.warn("saga {} failed at {}: {}; compensating", saga.id(), failedStep.id(), reason);
        sagas.end(saga.id(), "compensating", failedStep.id(), reason);
        EventEnvelope origin = cause != null ? cause : origin(saga);
        for (Sagas.Step step : sagas.stepsNewestFirst(saga.id())) {
            if (step.compensation() == null || step.status().equals("compensated")) {
                continue;
            }
            SagaStep s = SagaStep.byId(step.step());
            if (s == SagaStep.CREATE_DRAFT) {
                if (schedules.delete(saga.scheduleId())) {
                    publish(origin.next(SOURCE, SCHEDULE_DRAFT_DELETED, saga.scheduleId(),
                            json.valueToTree(new Payloads.DraftDeleted(saga.id(), saga.scheduleId(), reason))));
                }
            } else {
                publish(origin.next(SOURCE, s.undo(), saga.scheduleId(),
                        json.valueToTree(new Payloads.ClearStep(saga.id(), saga.scheduleId(), reason))));
            }
            sagas.stepStatus(saga.id(), step.step(), "compensated");
        }
        sagas.end(saga.id(), jobState, failedStep.id(), reason);
        jobs.update(saga.id(), jobState, failedStep.id(),
                jobState.equals(JobStates.CANCELLED) ? reason + " during " + failedStep.id() : failedStep.id() + " failed: " + reason);
        publish(origin.next(SOURCE, SCHEDULE_CREATION_FAILED, saga.scheduleId(),
                json.valueToTree(new Payloads.CreationFailed(saga.id(), saga.scheduleId(), failedStep.id(), reason))));
    }

    /** The saga, if it is running and waiting on this step; otherwise the event is stale or repeated. */
    private Optional<Sagas.Saga> current(String sagaId, SagaStep step) {
        Optional<Sagas.Saga> saga = sagas.lock(sagaId);
        if (saga.isEmpty()) {
            log.warn("event for unknown saga {}", sagaId);
            return Optional.empty();
        }
        if (!saga.get().state().equals("running") || !saga.get().step().equals(step.id())) {
            log.info("saga {} is {} at {}; ignoring late {} event", sagaId, saga.get().state(), saga.get().step(), step.id());
            return Optional.empty();
        }
        return saga;
    }

    /** The event that started the saga, as the cause of what the worker and the clock publish. */
    private EventEnvelope origin(Sagas.Saga saga) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, saga.originEventId() == null ? saga.id() : saga.originEventId(), SOURCE,
                SCHEDULE_REQUESTED, saga.scheduleId(), Instant.now(), null, saga.correlationId(), null, saga.traceparent(),
                json.createObjectNode(), null);
    }

    private void publish(EventEnvelope event) {
        events.publish(event);
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
