package org.flextime.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An edit (of a constraint set, of a schedule) whose {@code If-Match} names a version of the resource that is no
 * longer current: a 412 problem detail carrying the current ETag.
 */
public class PreconditionFailedException extends ErrorResponseException {

    private final String currentEtag;

    /** The problem, with the resource's current ETag as property {@code etag}. */
    public PreconditionFailedException(String detail, String currentEtag) {
        super(HttpStatus.PRECONDITION_FAILED, problem(detail, currentEtag), null);
        this.currentEtag = currentEtag;
        // the header too, so a client that reads only headers can re-read and retry
        getHeaders().setETag(currentEtag);
    }

    private static ProblemDetail problem(String detail, String etag) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, detail);
        p.setType(URI.create("https://flextime.org/problems/precondition-failed"));
        p.setTitle("Precondition failed");
        p.setProperty("field", "If-Match");
        p.setProperty("etag", etag);
        return p;
    }

    /** The resource's ETag now. */
    public String currentEtag() {
        return currentEtag;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
