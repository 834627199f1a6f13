package org.flextime.gateway;

import java.net.URI;
import org.flextime.platform.web.ProblemDetailsAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** The answer when a service's circuit is open or it does not respond: a 503 problem detail. */
final class Unavailable {

    private Unavailable() {
    }

    static ServerResponse answer(ServerRequest request) {
        String path = request.path();
        String service = path.substring(path.lastIndexOf('/') + 1);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the " + service + " service is not answering; " + ProblemDetailsAdvice.retryAdvice(request.method().name()));
        problem.setType(URI.create("https://flextime.org/problems/service-unavailable"));
        problem.setTitle("Service unavailable");
        problem.setProperty("service", service);
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
