package org.flextime.scheduler.jobs;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health of the job queue's workers: DOWN when a worker or the orphan sweep is no longer scheduled, since the queue then halts. */
@Component("jobWorkerHealthIndicator")
class JobWorkerHealth implements HealthIndicator {

    private final JobWorker worker;

    JobWorkerHealth(JobWorker worker) {
        this.worker = worker;
    }

    @Override
    public Health health() {
        return (worker.alive() ? Health.up() : Health.down()).withDetail("workersAlive", worker.alive()).build();
    }
}
