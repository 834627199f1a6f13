package org.flextime.contracts.api;

/** Body of {@code POST /api/v1/seasons/{id}/copy}: the new season's id and how many days its dates move (absent: 364). */
public record CopySeasonRequest(String id, Integer shiftDays) {
}
