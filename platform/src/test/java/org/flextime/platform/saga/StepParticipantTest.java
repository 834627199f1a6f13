package org.flextime.platform.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventTypes;
import org.flextime.platform.faults.FaultInjection;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A participant reports real failures to the orchestrator and hands transient ones back to be redelivered. */
class StepParticipantTest {

    private final ObjectMapper json = JsonMapper.builder().build();
    private final List<EventEnvelope> published = new CopyOnWriteArrayList<>();
    private final StepParticipant participant = new StepParticipant("/test", "optimizeTravel", new StepResults() {
        @Override
        public boolean cleared(String sagaId) {
            return false;
        }

        @Override
        public void clear(String sagaId, String scheduleId, String reason) {
        }
    }, published::add, new FaultInjection(Map.of()), json);

    private EventEnvelope command() {
        return EventEnvelope.first("/flextime/scheduler", EventTypes.TRAVEL_OPTIMIZE, "schedule-1",
                json.createObjectNode().put("sagaId", "saga-1").put("scheduleId", "schedule-1"), "corr");
    }

    @Test
    void aTransientDatabaseErrorIsThrownForRedeliveryAndNotReportedAsAStepFailure() {
        assertThatThrownBy(() -> participant.perform(command(), c -> {
            throw new QueryTimeoutException("canceling statement due to lock timeout");
        })).isInstanceOf(QueryTimeoutException.class);
        assertThat(published).isEmpty();
    }

    @Test
    void aLostDatabaseConnectionIsThrownForRedeliveryAndNotReportedAsAStepFailure() {
        assertThatThrownBy(() -> participant.perform(command(), c -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("connection refused"));
        })).isInstanceOf(CannotGetJdbcConnectionException.class);
        assertThat(published).isEmpty();
    }

    @Test
    void aRealFailureIsReportedAsAStepFailureWithItsReason() {
        participant.perform(command(), c -> {
            throw new IllegalArgumentException("schedule has no games");
        });
        assertThat(published).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventTypes.STEP_FAILED);
            assertThat(e.data().get("reason").asString()).isEqualTo("schedule has no games");
            assertThat(e.data().get("step").asString()).isEqualTo("optimizeTravel");
        });
    }
}
