package org.flextime.scheduler.jobs;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.flextime.contracts.api.JobView;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.platform.faults.FaultInjection;
import org.flextime.platform.saga.TransientFailures;
import org.flextime.scheduler.config.SchedulerProperties;
import org.flextime.scheduler.persistence.Jobs;
import org.flextime.scheduler.problems.EngineChoice;
import org.flextime.scheduler.problems.TeamSubset;
import org.flextime.scheduler.saga.ScheduleCreationSaga;
import org.flextime.scheduler.seasons.SeasonVersion;
import org.flextime.scheduler.seasons.Seasons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Draws queued jobs in arrival order and runs the engine on them under their budget, with a
 * heartbeat so that the job of a worker that died is queued again; several workers (threads or
 * replicas) share the queue through an atomic claim.
 *
 * <p>No task of the pool may end by a throw: a periodic task that throws is never run again, so a
 * failed heartbeat would let a running job be queued twice and an engine {@code Error} would halt
 * the queue. A job whose worker died on each of {@code maxAttempts} attempts is failed instead of
 * queued again, and a cancel that reached a dead worker's job is carried out by the sweep.
 */
@Component
class JobWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(2);
    private static final Duration STALE = Duration.ofSeconds(10);
    private static final int SAGA_TRIES = 8;
    private static final Duration SAGA_BACKOFF = Duration.ofMillis(200);

    private final Jobs jobs;
    private final ScheduleCreationSaga saga;
    private final Seasons seasons;
    private final DraftEngine engine;
    private final InstanceDrafts instances;
    private final FaultInjection faults;
    private final ObjectMapper json;
    private final int workers;
    private final int maxAttempts;
    private final Duration heartbeatEvery;
    private final Duration stale;
    private final List<ScheduledFuture<?>> loops = new CopyOnWriteArrayList<>();
    private final String name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private ScheduledExecutorService pool;
    private volatile boolean running;

    @Autowired
    JobWorker(Jobs jobs, ScheduleCreationSaga saga, Seasons seasons, DraftEngine engine, InstanceDrafts instances,
              FaultInjection faults, ObjectMapper json, SchedulerProperties settings) {
        this(jobs, saga, seasons, engine, instances, faults, json, settings.jobs().workers(), settings.jobs().maxAttempts(), HEARTBEAT, STALE);
    }

    /** A worker with its own heartbeat period and the silence after which a job counts as orphaned (tests shorten both). */
    JobWorker(Jobs jobs, ScheduleCreationSaga saga, Seasons seasons, DraftEngine engine, InstanceDrafts instances,
              FaultInjection faults, ObjectMapper json, int workers, int maxAttempts, Duration heartbeatEvery, Duration stale) {
        this.instances = instances;
        this.maxAttempts = maxAttempts;
        this.heartbeatEvery = heartbeatEvery;
        this.stale = stale;
        this.jobs = jobs;
        this.saga = saga;
        this.seasons = seasons;
        this.engine = engine;
        this.faults = faults;
        this.json = json;
        this.workers = workers;
    }

    @Override
    public void start() {
        running = true;
        pool = Executors.newScheduledThreadPool(workers + 2, r -> {
            Thread t = new Thread(() -> {
                // The job threads' log lines name their service (several share a JVM in the embedded topology).
                MDC.put("serviceName", "scheduler");
                r.run();
            }, "scheduler-jobs");
            t.setDaemon(true);
            return t;
        });
        loops.clear();
        loops.add(pool.scheduleWithFixedDelay(() -> guarded("sweep orphaned jobs", this::sweep), 0, stale.toMillis(),
                TimeUnit.MILLISECONDS));
        for (int i = 0; i < workers; i++) {
            loops.add(pool.scheduleWithFixedDelay(() -> guarded("draw a job", this::drawAndRun), 200, 200, TimeUnit.MILLISECONDS));
        }
    }

    @Override
    public void stop() {
        running = false;
        if (pool == null) {
            return;
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the workers and the sweep are all still scheduled: what the worker health reports. */
    boolean alive() {
        return running && !loops.isEmpty() && loops.stream().noneMatch(ScheduledFuture::isDone);
    }

    /** Runs a periodic task's body so that nothing it throws cancels the task's later runs. */
    private void guarded(String what, Runnable body) {
        try {
            body.run();
        } catch (RuntimeException | Error e) {
            if (running) {
                log.error("could not {}; trying again on the next round", what, e);
            }
        }
    }

    /**
     * Ends or re-queues jobs whose worker stopped beating: a cancelled one ends cancelled, one that has
     * used up its attempts (a job that crashes the JVM every time) ends failed, the rest join the queue.
     */
    private void sweep() {
        for (String id : jobs.orphanedCancels(stale)) {
            log.info("job {} was cancelled while its worker was gone; ending it", id);
            saga.draftFailed(id, "cancelled");
        }
        for (String id : jobs.orphansOutOfAttempts(stale, maxAttempts)) {
            log.error("job {}: its worker stopped on each of its {} attempts; failing it", id, maxAttempts);
            saga.draftFailed(id, "the worker running it stopped on each of its " + maxAttempts + " attempts; not trying again");
        }
        int requeued = jobs.requeueStale(stale, maxAttempts);
        if (requeued > 0) {
            log.info("re-queued {} job(s) whose worker stopped", requeued);
        }
    }

    private void drawAndRun() {
        try {
            for (String id : jobs.queued(5)) {
                if (!running) {
                    return;
                }
                if (jobs.claim(id, name)) {
                    run(jobs.find(id).orElseThrow());
                }
            }
        } catch (RuntimeException e) {
            log.warn("job queue unavailable: {}", e.getMessage());
        }
    }

    private void run(JobView job) {
        MDC.put("correlationId", job.id());
        ScheduledFuture<?> heartbeat = pool.scheduleAtFixedRate(() -> guarded("beat for job " + job.id(),
                        () -> jobs.heartbeat(job.id(), name)), heartbeatEvery.toMillis(), heartbeatEvery.toMillis(),
                TimeUnit.MILLISECONDS);
        Instant started = Instant.now();
        try {
            saga.drafting(job.id(), Duration.ofSeconds(job.budgetSeconds()));
            faults.before("createDraft");
            DraftEngine.Draft draft = job.engine() != null && new EngineChoice(job.engine(), "").solvesInstance()
                    ? instances.draft(job.season(), options(job), Duration.ofSeconds(job.budgetSeconds()), p -> reportProgress(job, p),
                            () -> !running || stopRequested(job))
                    : seasonDraft(job);
            List<Game> games = draft.games();
            toSaga(job, "store the draft of", () -> {
                jobs.builtWith(job.id(), draft.constraintSetId(), draft.constraintSetVersion());
                saga.draftReady(job.id(), games);
            });
            log.info("job {} drafted {} {} ({} games) in {} ms", job.id(), job.sport(), job.season(), games.size(),
                    Duration.between(started, Instant.now()).toMillis());
        } catch (CancellationException e) {
            if (running) {
                toSaga(job, "cancel", () -> saga.draftFailed(job.id(), "cancelled"));
            }
        } catch (RuntimeException | Error e) {
            log.warn("job {} could not be drafted", job.id(), e);
            if (running) {
                String reason = e instanceof Error ? e.getClass().getSimpleName() + ": " + e.getMessage() : describe(e);
                toSaga(job, "fail", () -> saga.draftFailed(job.id(), reason));
            }
        } finally {
            heartbeat.cancel(false);
            MDC.remove("correlationId");
        }
    }

    /** The season engine's draft of the job's sport, for the subset of its teams the job names (null: all). */
    private DraftEngine.Draft seasonDraft(JobView job) {
        Season season = (job.seasonVersion() == null ? seasons.current(job.season()) : seasons.version(job.season(), job.seasonVersion()))
                .map(SeasonVersion::season)
                .orElseThrow(() -> new IllegalArgumentException("unknown season " + job.season() + " version " + job.seasonVersion()));
        Sport sport = season.sport(job.sport()).orElseThrow(() -> new IllegalArgumentException("unknown sport " + job.sport()));
        if (job.teams() != null) {
            sport = TeamSubset.of(season, sport, job.teams()).sport();
        }
        return engine.draft(season, sport, options(job), jobs.requestedConstraintSetVersion(job.id()), Duration.ofSeconds(job.budgetSeconds()),
                p -> reportProgress(job, p), () -> !running || stopRequested(job));
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Whether the job was cancelled or ended meanwhile (its step overran its deadline); a database hiccup is not a stop. */
    private boolean stopRequested(JobView job) {
        try {
            return jobs.stopRequested(job.id());
        } catch (RuntimeException e) {
            log.warn("job {}: could not check for a cancel: {}", job.id(), e.toString());
            return false;
        }
    }

    /** Progress is for display: a failure to record it must not fail the search. */
    private void reportProgress(JobView job, DraftEngine.Progress p) {
        try {
            saga.progress(job.id(), p.elapsedMillis(), p.bestHard(), p.bestSoft());
        } catch (RuntimeException e) {
            log.warn("job {}: could not record progress: {}", job.id(), e.toString());
        }
    }

    /**
     * Hands the engine's outcome to the saga, retrying transient database errors with backoff: a
     * connection lost at that moment must not throw away the search or compensate the saga.
     */
    private void toSaga(JobView job, String what, Runnable call) {
        Duration pause = SAGA_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                call.run();
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e) || attempt >= SAGA_TRIES || !running) {
                    throw e;
                }
                log.warn("job {}: could not {} it (attempt {}), retrying in {} ms: {}", job.id(), what, attempt, pause.toMillis(),
                        e.toString());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = pause.multipliedBy(2);
            }
        }
    }

    private Map<String, Object> options(JobView job) {
        return jobs.options(job.id()).filter(o -> !o.isBlank())
                .map(o -> json.readValue(o, new TypeReference<Map<String, Object>>() { })).orElse(Map.of());
    }
}
