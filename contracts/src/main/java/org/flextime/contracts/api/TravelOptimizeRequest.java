package org.flextime.contracts.api;

/**
 * The body of {@code POST /api/v1/schedules/{id}/travel/optimize}, every field optional: how long to search
 * ({@code seconds}, 1-60), the random {@code seed}, and for a what-if the sport's travel {@code party} and the road-trip
 * limits ({@code maxGapDays}, {@code maxDaysAway}) instead of the season's. With {@code moves} the search stops after
 * that many moves rather than at a time, so the same seed and moves give the same schedule on any machine
 * ({@code seconds}, default 60 then, is only a cap).
 */
public record TravelOptimizeRequest(Integer seconds, Long seed, Integer party, Integer maxGapDays, Integer maxDaysAway,
                                    Long moves) {

    /** A request stopped by time. */
    public TravelOptimizeRequest(Integer seconds, Long seed, Integer party, Integer maxGapDays, Integer maxDaysAway) {
        this(seconds, seed, party, maxGapDays, maxDaysAway, null);
    }
}
