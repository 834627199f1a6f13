package org.flextime.platform.web;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * How a service asks another one again: while the other cannot be reached or fails (5xx), again after {@code first},
 * then after twice as long, until {@code retryFor} has passed; a 4xx answer is final at once, since asking again gets
 * the same answer.
 */
public record Backoff(Duration first, Duration retryFor) {

    /** The other service refused the request or stayed unavailable: {@link #refused()} says which. */
    public static final class GaveUp extends RuntimeException {
        private final boolean refused;

        GaveUp(String message, boolean refused, Throwable cause) {
            super(message, cause);
            this.refused = refused;
        }

        /** Whether the service answered with a 4xx (otherwise it stayed unreachable or failing). */
        public boolean refused() {
            return refused;
        }
    }

    /** The request's answer, asked again as this backoff allows. */
    public <T> T call(Supplier<T> request) {
        Instant giveUp = Instant.now().plus(retryFor);
        Duration wait = first;
        while (true) {
            RestClientException failure;
            try {
                return request.get();
            } catch (HttpClientErrorException e) {
                throw new GaveUp(e.getStatusCode().value() + " " + e.getStatusText(), true, e);
            } catch (RestClientException e) {
                failure = e;
            }
            if (Instant.now().plus(wait).isAfter(giveUp)) {
                throw new GaveUp(reason(failure), false, failure);
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GaveUp("interrupted while waiting to ask again", false, e);
            }
            wait = wait.multipliedBy(2);
        }
    }

    private static String reason(RestClientException e) {
        Throwable cause = e.getMostSpecificCause();
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
