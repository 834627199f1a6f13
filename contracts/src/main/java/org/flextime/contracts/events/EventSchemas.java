package org.flextime.contracts.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Validates envelopes and their data against the JSON Schemas of the event catalog. */
public final class EventSchemas {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> byType = new ConcurrentHashMap<>();
    private final Schema envelope;
    private final ObjectMapper json;

    /** Schemas read from the contracts jar; {@code json} converts envelopes to trees. */
    public EventSchemas(ObjectMapper json) {
        this.json = json;
        this.envelope = load("/org/flextime/contracts/schemas/cloudevent.schema.json");
    }

    /** Whether the catalog knows this type. */
    public boolean knows(String type) {
        return EventTypes.CATALOG.stream().anyMatch(e -> e.type().equals(type));
    }

    /** Every schema error of this envelope and of its data; empty when it conforms. */
    public List<String> problems(EventEnvelope event) {
        if (!knows(event.type())) {
            return List.of("type '" + event.type() + "' is not in the event catalog");
        }
        JsonNode tree = json.valueToTree(event);
        List<String> envelopeErrors = describe("envelope", envelope.validate(tree));
        List<String> dataErrors = describe("data", schema(event.type()).validate(event.data()));
        return java.util.stream.Stream.concat(envelopeErrors.stream(), dataErrors.stream()).toList();
    }

    /** Throws when the envelope or its data does not conform. */
    public void check(EventEnvelope event) {
        List<String> problems = problems(event);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("event " + event.type() + " " + event.id()
                    + " breaks its schema: " + String.join("; ", problems));
        }
    }

    /** The data schema of one type. */
    public Schema schema(String type) {
        return byType.computeIfAbsent(type, t -> load(EventTypes.schemaResource(t)));
    }

    private Schema load(String resource) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no JSON Schema at " + resource);
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> describe(String part, List<Error> errors) {
        return errors.stream().map(e -> part + " " + e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
