package org.flextime.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;

/** An unexpected failure tells the client honestly what it knows about the request's outcome. */
class ProblemDetailsAdviceTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    private ProblemDetail failed(String method) {
        return advice.unexpected(new IllegalStateException("boom"), new MockHttpServletRequest(method, "/api/v1/schedules")).getBody();
    }

    @Test
    void aFailedWriteHasAnUnknownOutcomeAndIsRetriedWithTheSameIdempotencyKey() {
        ProblemDetail problem = failed("POST");
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).contains("unknown").contains("same Idempotency-Key").doesNotContain("othing was changed");
    }

    @Test
    void aFailedReadMaySimplyBeRepeated() {
        assertThat(failed("GET").getDetail()).contains("changes nothing").contains("try it again").doesNotContain("unknown");
    }
}
