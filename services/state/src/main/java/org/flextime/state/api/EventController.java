package org.flextime.state.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
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

    /**
     * The audit trail: who did what, when, on which schedule, oldest first; {@code from} inclusive, {@code to} exclusive
     * (ISO-8601 instants), at most {@code limit} (1-1000, default 100) events.
     */
    @GetMapping("/api/v1/audit")
    List<EventStore.Audited> audit(@RequestParam(required = false) String user, @RequestParam(required = false) String schedule,
                                   @RequestParam(required = false) String type, @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to, @RequestParam(required = false) Integer limit) {
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > 1000) {
            throw new InvalidFieldException("limit", "limit is from 1 to 1000", 422);
        }
        return store.audit(new EventStore.AuditQuery(blankToNull(user), blankToNull(schedule), blankToNull(type),
                instant("from", from), instant("to", to), max));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(name, name + " is an ISO-8601 instant such as 2026-01-31T00:00:00Z", 422);
        }
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
