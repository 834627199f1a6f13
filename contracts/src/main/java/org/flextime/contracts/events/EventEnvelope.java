package org.flextime.contracts.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 envelope (structured JSON mode) with FlexTime's tracing extensions.
 *
 * <p>Attribute names are the CloudEvents ones so that the JSON form of this record is a valid
 * CloudEvent: {@code correlationid} ties every event of one user request together,
 * {@code causationid} names the event that caused this one, {@code traceparent} carries the W3C
 * trace context across the bus, {@code actor} names the authenticated user (or service) whose request caused it, so the
 * event store is an audit trail.
 */
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String correlationid,
        String causationid,
        String traceparent,
        JsonNode data,
        String actor) {

    /** CloudEvents version this envelope follows. */
    public static final String SPEC_VERSION = "1.0";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        specversion = specversion == null ? SPEC_VERSION : specversion;
        datacontenttype = datacontenttype == null ? "application/json" : datacontenttype;
    }

    /** A new event with a fresh id, caused by nothing: the first event of a correlation. */
    public static EventEnvelope first(String source, String type, String subject, JsonNode data, String correlationId) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                Instant.now(), "application/json", correlationId, null, null, data, null);
    }

    /** A new event caused by this one: same correlation, trace and actor, this event as cause. */
    public EventEnvelope next(String source, String type, String subject, JsonNode data) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                Instant.now(), "application/json", correlationid, id, traceparent, data, actor);
    }

    /** This event with a W3C trace context attached. */
    public EventEnvelope withTraceparent(String value) {
        return new EventEnvelope(specversion, id, source, type, subject, time, datacontenttype,
                correlationid, causationid, value, data, actor);
    }

    /** This event with the user (or service) who caused it. */
    public EventEnvelope withActor(String value) {
        return new EventEnvelope(specversion, id, source, type, subject, time, datacontenttype,
                correlationid, causationid, traceparent, data, value);
    }
}
