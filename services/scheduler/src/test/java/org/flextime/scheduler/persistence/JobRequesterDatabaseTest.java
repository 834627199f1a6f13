package org.flextime.scheduler.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.flextime.platform.security.Actor;
import org.flextime.platform.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;

/** A job remembers who requested it, and a user's queued and running jobs are counted (the bound on solves per user). */
class JobRequesterDatabaseTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.migratedSchema("postgresql", "scheduler"));
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
}
