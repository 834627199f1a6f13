package org.flextime.scheduler.jobs;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.flextime.contracts.api.JobView;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.platform.faults.FaultInjection;
import org.flextime.scheduler.config.SchedulerProperties;
import org.flextime.scheduler.persistence.Jobs;
import org.flextime.scheduler.saga.ScheduleCreationSaga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Draws queued jobs in arrival order and runs the engine on them under their budget, with a
 * heartbeat so that the job of a worker that died is queued again; several workers (threads or
 * replicas) share the queue through an atomic claim.
 */
@Component
class JobWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(2);
    private static final Duration STALE = Duration.ofSeconds(10);

    private final Jobs jobs;
    private final ScheduleCreationSaga saga;
    private final SeasonCatalog seasons;
    private final DraftEngine engine;
    private final FaultInjection faults;
    private final ObjectMapper json;
    private final int workers;
    private final String name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private ScheduledExecutorService pool;
    private volatile boolean running;

    JobWorker(Jobs jobs, ScheduleCreationSaga saga, SeasonCatalog seasons, DraftEngine engine, FaultInjection faults,
              ObjectMapper json, SchedulerProperties settings) {
        this.jobs = jobs;
        this.saga = saga;
        this.seasons = seasons;
        this.engine = engine;
        this.faults = faults;
        this.json = json;
        this.workers = settings.jobs().workers();
    }

    @Override
    public void start() {
        running = true;
        pool = Executors.newScheduledThreadPool(workers + 1, r -> {
            Thread t = new Thread(() -> {
                // The job threads' log lines name their service (several share a JVM in the embedded topology).
                org.slf4j.MDC.put("serviceName", "scheduler");
                r.run();
            }, "scheduler-jobs");
            t.setDaemon(true);
            return t;
        });
        pool.scheduleWithFixedDelay(this::requeueStale, 0, STALE.toSeconds(), TimeUnit.SECONDS);
        for (int i = 0; i < workers; i++) {
            pool.scheduleWithFixedDelay(this::drawAndRun, 200, 200, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        running = false;
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

    private void requeueStale() {
        try {
            int requeued = jobs.requeueStale(STALE);
            if (requeued > 0) {
                log.info("re-queued {} job(s) whose worker stopped", requeued);
            }
        } catch (RuntimeException e) {
            log.warn("could not re-queue stale jobs: {}", e.getMessage());
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
        ScheduledFuture<?> heartbeat = pool.scheduleAtFixedRate(() -> jobs.heartbeat(job.id(), name),
                HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        Instant started = Instant.now();
        try {
            faults.before("createDraft");
            Season season = seasons.find(job.season()).orElseThrow(() -> new IllegalArgumentException("unknown season " + job.season()));
            Sport sport = season.sport(job.sport()).orElseThrow(() -> new IllegalArgumentException("unknown sport " + job.sport()));
            DraftEngine.Draft draft = engine.draft(season, sport, options(job), Duration.ofSeconds(job.budgetSeconds()),
                    p -> saga.progress(job.id(), p.elapsedMillis(), p.bestHard(), p.bestSoft()),
                    () -> !running || jobs.cancelRequested(job.id()));
            List<Game> games = draft.games();
            jobs.builtWith(job.id(), draft.constraintSetId(), draft.constraintSetVersion());
            saga.draftReady(job.id(), games);
            log.info("job {} drafted {} {} ({} games) in {} ms", job.id(), job.sport(), job.season(), games.size(),
                    Duration.between(started, Instant.now()).toMillis());
        } catch (CancellationException e) {
            if (running) {
                saga.draftFailed(job.id(), "cancelled");
            }
        } catch (RuntimeException e) {
            log.warn("job {} could not be drafted", job.id(), e);
            if (running) {
                saga.draftFailed(job.id(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        } finally {
            heartbeat.cancel(false);
            MDC.remove("correlationId");
        }
    }

    private Map<String, Object> options(JobView job) {
        return jobs.options(job.id()).filter(o -> !o.isBlank())
                .map(o -> json.readValue(o, new TypeReference<Map<String, Object>>() { })).orElse(Map.of());
    }
}
