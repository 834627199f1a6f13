package org.flextime.contracts.api;

/**
 * The body of {@code POST /api/v1/schedules/{id}/status}: the status to move to ({@code draft}, {@code review},
 * {@code published}) and, to publish a schedule the gate refuses, the reason the override is recorded with.
 */
public record StatusChangeRequest(String status, String overrideReason) {
}
