package org.flextime.scheduler.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A user who already has as many solve jobs queued or running as allowed: a 429 problem with {@code Retry-After}. */
class TooManyJobsException extends ErrorResponseException {

    private static final String RETRY_AFTER_SECONDS = "30";

    TooManyJobsException(String user, int max) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(user, max), null);
        getHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
    }

    private static ProblemDetail problem(String user, int max) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "'" + user + "' already has " + max
                + " schedule jobs queued or running, the most one user may have; wait for one to end or cancel one (DELETE /api/v1/jobs/{id})");
        p.setType(URI.create("https://flextime.org/problems/too-many-jobs"));
        p.setTitle("Too many jobs");
        p.setProperty("limit", max);
        return p;
    }
}
