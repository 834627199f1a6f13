package org.flextime.contracts.api;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One version of a season as {@code GET /api/v1/seasons/{id}} and {@code .../versions/{v}} show it: the document (its
 * JSON Schema is served at {@code /api/v1/seasons/schema}; null in the list of versions), what made this version and when.
 */
public record SeasonView(String id, int version, String change, Instant createdAt, JsonNode document) {
}
