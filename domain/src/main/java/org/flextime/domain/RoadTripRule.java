package org.flextime.domain;

/**
 * When a team stays on the road instead of flying home, as a conference's travel office plans it: after an away
 * game the team goes straight on to its next away game if that game is at most {@code maxGapDays} days later and the
 * trip, counted from its first game day to its last, both included, stays within {@code maxDaysAway} days; otherwise
 * it goes home first. Read from the season's {@code roadTrips} section ({@link RoadTrips} applies it).
 *
 * @param maxGapDays  the most days between two away games that keep a team on the road (Saturday to Tuesday is 3)
 * @param maxDaysAway the most game days, first to last, one trip may span
 */
public record RoadTripRule(int maxGapDays, int maxDaysAway) {
    /** The rule where a season names none: two idle days on the road at most, a week away at most. */
    public static final RoadTripRule DEFAULT = new RoadTripRule(3, 7);

    /** Rejects a gap below 1 day and a trip shorter than one day. */
    public RoadTripRule {
        if (maxGapDays < 1) {
            throw new IllegalArgumentException("maxGapDays must be at least 1, got " + maxGapDays);
        }
        if (maxDaysAway < 1) {
            throw new IllegalArgumentException("maxDaysAway must be at least 1, got " + maxDaysAway);
        }
    }
}
