package org.flextime.scheduler.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flextime.contracts.api.JobView;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventTypes;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.engine.season.SeasonGenerator;
import org.flextime.engine.season.optimizer.SeasonOptimizer;
import org.flextime.platform.faults.FaultInjection;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.scheduler.config.SchedulerProperties;
import org.flextime.scheduler.persistence.Jobs;
import org.flextime.scheduler.problems.RobinxSource;
import org.flextime.scheduler.persistence.Sagas;
import org.flextime.scheduler.persistence.Schedules;
import org.flextime.scheduler.saga.ScheduleCreationSaga;
import org.flextime.scheduler.seasons.Seasons;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.DefaultRules;
import org.flextime.rules.Severity;
import org.flextime.rules.ConstraintSet;
import org.flextime.scheduler.problems.EngineChoice;
import java.util.ArrayList;
import java.util.Optional;

/** The job worker keeps drawing and beating whatever one job throws, and ends what it cannot run. */
class JobWorkerTest {

    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final Sport WBB = SEASON.sport("WBB").orElseThrow();

    private final ObjectMapper json = JsonMapper.builder().build();
    private final DataSource pool = TestDatabases.migratedPool("h2", "scheduler");
    private final JdbcTemplate jdbc = new JdbcTemplate(pool);
    private final Seasons seasons = new Seasons(jdbc, new TransactionTemplate(new DataSourceTransactionManager(pool)), json);

    {
        seasons.importBundled();
    }
    private final List<EventEnvelope> published = new CopyOnWriteArrayList<>();
    private final List<JobWorker> workers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        workers.forEach(JobWorker::stop);
    }

    private static final SchedulerProperties SETTINGS = new SchedulerProperties(new SchedulerProperties.Jobs(1, 3, 3),
            new SchedulerProperties.Saga(Duration.ofSeconds(120)), null, null);

    private ScheduleCreationSaga saga(Jobs jobs) {
        return new ScheduleCreationSaga(jobs, new Schedules(jdbc), new Sagas(jdbc), published::add, json, new FaultInjection(Map.of()),
                SETTINGS, seasons);
    }

    private static DraftEngine.Draft noGames() {
        return new DraftEngine.Draft(List.of(), null, null);
    }

    private JobWorker worker(Jobs jobs, ScheduleCreationSaga saga, DraftEngine engine) {
        JobWorker worker = new JobWorker(jobs, saga, seasons, engine, new InstanceDrafts(RobinxSource.NONE),
                new FaultInjection(Map.of()), json, 1, 3,
                Duration.ofMillis(100), Duration.ofSeconds(1));
        workers.add(worker);
        return worker;
    }

    /** A request accepted and handed to the queue, as the API and the saga's first event do it. */
    private String accept(ScheduleCreationSaga saga, int budgetSeconds) {
        JobView job = saga.start(WBB, seasons.current("2025-26").orElseThrow(), null, null, budgetSeconds, null, "corr", null);
        EventEnvelope requested = published.stream().filter(e -> e.type().equals(EventTypes.SCHEDULE_REQUESTED)).reduce((a, b) -> b)
                .orElseThrow();
        saga.onRequested(requested);
        return job.id();
    }

    private JobView job(Jobs jobs, String id) {
        return jobs.find(id).orElseThrow();
    }

    private void orphan(String id, int attempts) {
        jdbc.update("UPDATE job SET state = 'running', worker = 'a-worker-that-died', attempts = ?, "
                + "heartbeat_at = DATEADD('MINUTE', -1, CURRENT_TIMESTAMP) WHERE id = ?", attempts, id);
    }

    @Test
    void aHeartbeatThatFailsOnceDoesNotStopTheLaterOnes() throws InterruptedException {
        AtomicInteger beats = new AtomicInteger();
        Jobs jobs = new Jobs(jdbc) {
            @Override
            public void heartbeat(String id, String worker) {
                if (beats.incrementAndGet() == 1) {
                    throw new DataAccessResourceFailureException("database restarting");
                }
                super.heartbeat(id, worker);
            }
        };
        CountDownLatch release = new CountDownLatch(1);
        ScheduleCreationSaga saga = saga(jobs);
        String id = accept(saga, 30);
        worker(jobs, saga, (season, sport, options, setVersion, budget, progress, cancelled) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return noGames();
        }).start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> beats.get() >= 4);
        } finally {
            release.countDown();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> job(jobs, id).step().equals("optimizeTravel"));
    }

    @Test
    void anErrorFromTheEngineFailsItsJobWithTheReasonAndTheWorkerDrawsTheNextJob() {
        Jobs jobs = new Jobs(jdbc);
        ScheduleCreationSaga saga = saga(jobs);
        AtomicInteger drafts = new AtomicInteger();
        String broken = accept(saga, 30);
        String next = accept(saga, 30);
        JobWorker worker = worker(jobs, saga, (season, sport, options, setVersion, budget, progress, cancelled) -> {
            if (drafts.incrementAndGet() == 1) {
                throw new LinkageError("a class failed to load");
            }
            return noGames();
        });
        worker.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> job(jobs, next).step().equals("optimizeTravel"));
        assertThat(job(jobs, broken).state()).isEqualTo("failed");
        assertThat(job(jobs, broken).error()).isEqualTo("createDraft failed: LinkageError: a class failed to load");
        assertThat(new JobWorkerHealth(worker).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void theWorkerHealthIsUpOnlyWhileItsWorkersRun() {
        Jobs jobs = new Jobs(jdbc);
        JobWorker worker = worker(jobs, saga(jobs), (season, sport, options, setVersion, budget, progress, cancelled) -> noGames());
        JobWorkerHealth health = new JobWorkerHealth(worker);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        worker.start();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        worker.stop();
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aCancelledJobWhoseWorkerDiedEndsCancelledInsteadOfWaitingInTheQueue() {
        Jobs jobs = new Jobs(jdbc);
        ScheduleCreationSaga saga = saga(jobs);
        AtomicInteger drafts = new AtomicInteger();
        String id = accept(saga, 30);
        orphan(id, 1);
        assertThat(saga.cancel(id)).get().extracting(JobView::state).as("the engine seemed to have it").isEqualTo("running");
        worker(jobs, saga, (season, sport, options, setVersion, budget, progress, cancelled) -> {
            drafts.incrementAndGet();
            return noGames();
        }).start();
        await().atMost(Duration.ofSeconds(10)).until(() -> job(jobs, id).state().equals("cancelled"));
        assertThat(job(jobs, id).error()).isEqualTo("cancelled by user during createDraft");
        assertThat(drafts).hasValue(0);
    }

    @Test
    void aJobWhoseWorkerDiedOnEachOfItsThreeAttemptsFailsInsteadOfRunningAgain() {
        Jobs jobs = new Jobs(jdbc);
        ScheduleCreationSaga saga = saga(jobs);
        AtomicInteger drafts = new AtomicInteger();
        String id = accept(saga, 30);
        orphan(id, 3);
        worker(jobs, saga, (season, sport, options, setVersion, budget, progress, cancelled) -> {
            drafts.incrementAndGet();
            return noGames();
        }).start();
        await().atMost(Duration.ofSeconds(10)).until(() -> job(jobs, id).state().equals("failed"));
        assertThat(job(jobs, id).error())
                .isEqualTo("createDraft failed: the worker running it stopped on each of its 3 attempts; not trying again");
        assertThat(drafts).hasValue(0);
    }

    @Test
    void aTransientDatabaseErrorWhileStoringTheDraftIsRetriedNotCompensated() {
        Jobs jobs = new Jobs(jdbc);
        AtomicInteger stores = new AtomicInteger();
        ScheduleCreationSaga saga = new ScheduleCreationSaga(jobs, new Schedules(jdbc), new Sagas(jdbc), published::add, json,
                new FaultInjection(Map.of()), SETTINGS, seasons) {
            @Override
            public void draftReady(String jobId, List<Game> games) {
                if (stores.incrementAndGet() == 1) {
                    throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
                }
                super.draftReady(jobId, games);
            }
        };
        String id = accept(saga, 30);
        worker(jobs, saga, (season, sport, options, setVersion, budget, progress, cancelled) -> noGames()).start();
        await().atMost(Duration.ofSeconds(10)).until(() -> job(jobs, id).step().equals("optimizeTravel"));
        assertThat(job(jobs, id).state()).isEqualTo("running");
        assertThat(stores).hasValue(2);
    }

    @Test
    void aJobCancelledOneSecondAfterItWasAcceptedEndsCancelledWithinFiveSeconds() throws InterruptedException {
        Jobs jobs = new Jobs(jdbc);
        ScheduleCreationSaga saga = saga(jobs);
        worker(jobs, saga, new OptimizerDraftEngine(new SeasonOptimizer(), new SeasonGenerator())).start();
        String id = accept(saga, 60);
        Thread.sleep(1_000);
        saga.cancel(id);
        await().atMost(Duration.ofSeconds(5)).until(() -> job(jobs, id).state().equals("cancelled"));
    }

    @Test
    void aPodOfFourWhoseRulesCannotAllHoldFailsWithTheRulesNamedAndNothingStored() {
        Jobs jobs = new Jobs(jdbc);
        ScheduleCreationSaga saga = saga(jobs);
        // the conference closes KU's arena from January 6: five play days are left for its six games
        ConstraintSetSource closed = (season, sport) -> {
            List<RuleDefinition> rules = new ArrayList<>(
                    new DefaultRules().forSport(season, sport).rules());
            rules.add(new RuleDefinition("ku-closed", "blackout", Severity.HARD, 1, json.readTree(
                    "{\"blackouts\":[{\"teams\":[\"KU\"],\"from\":\"2026-01-06\",\"to\":\"2026-03-07\",\"reason\":\"arena closed\"}]}")));
            return new ConstraintSetSource.Choice(new ConstraintSet(sport.code(), season.id(), rules), "cs-pod", 1,
                    "constraint set cs-pod v1");
        };
        worker(jobs, saga, new OptimizerDraftEngine(new SeasonOptimizer(), new SeasonGenerator(), closed,
                (sport, season) -> Optional.empty())).start();
        JobView accepted = saga.start("MBB", "2025-26", seasons.current("2025-26").orElseThrow().version(),
                EngineChoice.season("MBB", "2025-26"), List.of("KU", "KSU", "ISU", "BYU"),
                Map.of("seed", 7), null, 30, null, "corr", null);
        saga.onRequested(published.stream().filter(e -> e.type().equals(EventTypes.SCHEDULE_REQUESTED)).reduce((a, b) -> b).orElseThrow());
        long started = System.nanoTime();

        await().atMost(Duration.ofSeconds(30)).until(() -> job(jobs, accepted.id()).state().equals("failed"));

        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertThat(seconds).as("failed well inside the 30 s budget, not by a timeout").isLessThan(15);
        assertThat(job(jobs, accepted.id()).error()).startsWith("createDraft failed: the constraint set cannot be met: ")
                .contains("ku-closed (blackout: no games on 2026-01-06 to 2026-03-07 for KU)").endsWith("cannot both hold");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM game WHERE schedule_id = ?", Integer.class, accepted.scheduleId()))
                .isZero();
        assertThat(published).anySatisfy(e -> assertThat(e.type()).isEqualTo(EventTypes.SCHEDULE_CREATION_FAILED));
    }
}
