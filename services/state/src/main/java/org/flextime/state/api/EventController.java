package org.flextime.state.api;

import java.util.List;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;
import org.flextime.state.store.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail: streams and correlations read back from the event store. */
@RestController
class EventController {

    private final EventStore store;

    EventController(EventStore store) {
        this.store = store;
    }

    /** A stream's events (a schedule's id is its stream). */
    @GetMapping("/api/v1/streams/{id}/events")
    List<EventStore.Stored> stream(@PathVariable String id) {
        List<EventStore.Stored> events = store.stream(id);
        if (events.isEmpty()) {
            throw new NotFoundException("stream", id);
        }
        return events;
    }

    /** The events of one correlation id. */
    @GetMapping("/api/v1/events")
    List<EventStore.Stored> byCorrelation(@RequestParam(required = false) String correlationId) {
        if (correlationId == null || correlationId.isBlank()) {
            throw new InvalidFieldException("correlationId", "query parameter correlationId is required");
        }
        return store.correlation(correlationId);
    }
}
