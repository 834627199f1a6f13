package org.flextime.scheduler.api;

import java.net.URI;
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
}
