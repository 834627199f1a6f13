package org.flextime.contracts.api;

/**
 * The body of {@code POST /api/v1/schedules/{id}/undo}: the version to return to (left out: the one before the
 * current) and why.
 */
public record UndoRequest(Integer toVersion, String reason) {
}
