package org.flextime.scheduler.api;

import java.net.URI;
import org.flextime.scheduler.jobs.ConstraintSetSource;
import org.flextime.scheduler.problems.RobinxSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details for the scheduler's own refusals. */
@RestControllerAdvice
class SchedulerProblems {

    @ExceptionHandler(JobEndedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail ended(JobEndedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("https://flextime.org/problems/job-ended"));
        problem.setTitle("Job already ended");
        return problem;
    }

    @ExceptionHandler(RobinxSource.Unavailable.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    ProblemDetail robinxUnavailable(RobinxSource.Unavailable e) {
        return unavailable(e.getMessage() + "; the instance cannot be read from the constraints service, retry later");
    }

    @ExceptionHandler(ConstraintSetSource.Unavailable.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    ProblemDetail constraintsUnavailable(ConstraintSetSource.Unavailable e) {
        return unavailable(e.getMessage()
                + "; the request's weights cannot be checked against the sport's active constraint set, retry later");
    }

    private static ProblemDetail unavailable(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setType(URI.create("https://flextime.org/problems/constraints-unavailable"));
        problem.setTitle("Constraints service unavailable");
        return problem;
    }
}
