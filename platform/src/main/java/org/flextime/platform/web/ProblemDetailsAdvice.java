package org.flextime.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every error into an RFC 9457 problem detail; the {@code field} property names the
 * offending input so a client can point at it.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPES = "https://flextime.org/problems/";

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), request);
        problem.setProperty("resource", e.kind());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<ProblemDetail> invalidField(InvalidFieldException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        ProblemDetail problem = problem(status, "invalid-field", "Invalid field '" + e.field() + "'", e.getMessage(), request);
        problem.setProperty("field", e.field());
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("unhandled error on {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "the service failed to answer; " + retryAdvice(request.getMethod()) + " Correlation id: " + MDC.get("correlationId"),
                request);
        return ResponseEntity.internalServerError().body(problem);
    }

    /**
     * What a client may do after a request failed without an answer: a read can simply be repeated, but a write may
     * have committed before the failure, so its outcome is unknown and only a retry with the same Idempotency-Key is safe.
     */
    public static String retryAdvice(String method) {
        if (method == null || method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return "this request changes nothing; try it again shortly.";
        }
        return "whether this request took effect is unknown. Retry it with the same Idempotency-Key: if it did take effect,"
                + " the retry answers with its result instead of doing it twice.";
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = null;
        String detail = "the request body is not valid JSON";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabindException bind && !bind.getPath().isEmpty()) {
                field = path(bind.getPath());
                detail = "field '" + field + "' has the wrong type or format";
                break;
            }
            if (t instanceof JacksonException parse) {
                detail = "the request body is not valid JSON: " + firstLine(parse.getOriginalMessage());
                break;
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create(TYPES + (field == null ? "malformed-json" : "invalid-field")));
        problem.setTitle(field == null ? "Malformed JSON" : "Invalid field '" + field + "'");
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String path(List<JacksonException.Reference> refs) {
        return refs.stream().map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
