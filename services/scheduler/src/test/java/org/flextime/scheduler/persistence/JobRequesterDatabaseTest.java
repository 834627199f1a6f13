package org.flextime.scheduler.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.flextime.platform.security.Actor;
import org.flextime.platform.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A job remembers who requested it, and a user's queued and running jobs are counted (the bound on solves per user)
 * one request at a time across scheduler replicas.
 */
class JobRequesterDatabaseTest {

    private final DataSource schema = TestDatabases.migratedSchema("postgresql", "scheduler");
    private final JdbcTemplate jdbc = new JdbcTemplate(schema);
    private final Jobs jobs = new Jobs(jdbc);

    @AfterEach
    void forget() {
        MDC.remove(Actor.KEY);
    }

    private void insert(String id, String user, String state) {
        if (user == null) {
            MDC.remove(Actor.KEY);
        } else {
            MDC.put(Actor.KEY, user);
        }
        jobs.insert(id, null, "s-" + id, "MBB", "2025-26", null, 20, state);
    }

    @Test
    void onlyTheUsersQueuedAndRunningJobsCount() {
        insert("j1", "ann", "queued");
        insert("j2", "ann", "running");
        insert("j3", "ann", "completed");
        insert("j4", "ann", "failed");
        insert("j5", "bob", "queued");
        insert("j6", null, "queued");
        assertThat(jobs.activeFor("ann")).isEqualTo(2);
        assertThat(jobs.activeFor("bob")).isEqualTo(1);
        assertThat(jobs.activeFor("carol")).isZero();
        assertThat(jdbc.queryForObject("SELECT requested_by FROM job WHERE id = 'j6'", String.class)).isNull();
    }

    @Test
    void aUsersSecondRequestWaitsForTheFirstToCommitAndThenCountsItsJobWhicheverReplicaTakesIt() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(schema));
        Jobs otherReplica = new Jobs(new JdbcTemplate(schema));
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<?> first = threads.submit(() -> tx.executeWithoutResult(t -> {
                jobs.holdRequester("ann");
                firstHolds.countDown();
                await(firstMayCommit);
                MDC.put(Actor.KEY, "ann");
                jobs.insert("j1", null, "s-j1", "MBB", "2025-26", null, 20, "queued");
                MDC.remove(Actor.KEY);
            }));
            assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Integer> second = threads.submit(() -> tx.execute(t -> {
                otherReplica.holdRequester("ann");
                return otherReplica.activeFor("ann");
            }));
            // the second request waits on the advisory lock the first holds
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid::bigint = ?"
                            + " AND objid::bigint = ?", Long.class, Jobs.lockKey("ann") >>> 32, Jobs.lockKey("ann") & 0xFFFFFFFFL) == 1);
            // another user is not held up
            assertThat(threads.submit(() -> tx.execute(t -> {
                otherReplica.holdRequester("bob");
                return otherReplica.activeFor("bob");
            })).get(30, TimeUnit.SECONDS)).isZero();
            assertThat(second).isNotDone();

            firstMayCommit.countDown();
            first.get(30, TimeUnit.SECONDS);

            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            firstMayCommit.countDown();
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
