package org.flextime.scheduler.editing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.flextime.contracts.api.ScheduleConflicts;
import org.flextime.platform.web.Backoff;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Counts a version's open critical conflicts through the conflicts service's public API. Detection runs when the
 * conflicts service receives {@code schedule.changed}, so right after an edit it may not have reached the version yet:
 * the client asks again until {@code detectionWait} has passed. A service that cannot answer, or detection that has not
 * caught up, is a 503 problem: the gate never publishes on conflicts it has not seen.
 */
public class ConflictsClient implements ScheduleChecks.CriticalConflicts {

    private static final Duration POLL = Duration.ofMillis(100);

    private final ConflictsApi api;
    private final Backoff backoff;
    private final Duration detectionWait;

    /** A client over {@code api}, retrying failures as {@code backoff} allows and waiting up to {@code detectionWait} for detection. */
    public ConflictsClient(ConflictsApi api, Backoff backoff, Duration detectionWait) {
        this.api = api;
        this.backoff = backoff;
        this.detectionWait = detectionWait;
    }

    @Override
    public int count(String scheduleId, int version) {
        Instant giveUp = Instant.now().plus(detectionWait);
        while (true) {
            ScheduleConflicts answer;
            try {
                answer = backoff.call(() -> api.conflicts(scheduleId, "critical", "open"));
            } catch (Backoff.GaveUp e) {
                throw unavailable("the conflicts service " + (e.refused() ? "refused the request: " : "did not answer: ")
                        + e.getMessage());
            }
            Integer detected = answer.detectedVersion();
            if (detected != null && detected >= version) {
                return answer.conflicts().size();
            }
            if (Instant.now().isAfter(giveUp)) {
                throw unavailable("conflict detection has not reached version " + version + " of schedule " + scheduleId
                        + " yet (it has " + (detected == null ? "none" : "version " + detected) + "); retry shortly");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw unavailable("interrupted while waiting for conflict detection");
            }
        }
    }

    private static ErrorResponseException unavailable(String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail
                + "; the publish gate needs the version's critical conflicts");
        p.setType(URI.create("https://flextime.org/problems/conflicts-unavailable"));
        p.setTitle("Conflicts unavailable");
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, p, null);
    }
}
