package org.flextime.scheduler.api;

import org.flextime.contracts.api.JobView;

/** A job that already ended cannot be cancelled: answered with a 409 problem. */
class JobEndedException extends RuntimeException {

    JobEndedException(JobView job) {
        super("job " + job.id() + " already ended (" + job.state() + "); there is nothing to cancel");
    }
}
