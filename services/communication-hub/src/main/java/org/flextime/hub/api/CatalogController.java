package org.flextime.hub.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.flextime.contracts.events.EventTypes;
import org.flextime.platform.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The event catalog: every type with its description and JSON Schema. */
@RestController
class CatalogController {

    /** One catalog entry as published. */
    record EventType(String type, String payload, String description, String schema) {
    }

    @GetMapping("/api/v1/event-types")
    List<EventType> catalog() {
        return EventTypes.CATALOG.stream().map(e -> new EventType(e.type(), e.payload().getSimpleName(), e.description(),
                "/api/v1/event-types/" + e.type() + "/schema")).toList();
    }

    @GetMapping("/api/v1/event-types/{type}/schema")
    ResponseEntity<String> schema(@PathVariable String type) throws IOException {
        if (EventTypes.CATALOG.stream().noneMatch(e -> e.type().equals(type))) {
            throw new NotFoundException("event type", type);
        }
        try (InputStream in = EventTypes.class.getResourceAsStream(EventTypes.schemaResource(type))) {
            return ResponseEntity.ok().contentType(MediaType.valueOf("application/schema+json"))
                    .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
