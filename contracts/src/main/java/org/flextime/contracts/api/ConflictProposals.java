package org.flextime.contracts.api;

import java.util.List;

/**
 * {@code GET /api/v1/schedules/{id}/conflicts/{cid}/proposals}: the checked proposals for one conflict of the schedule's
 * current version, best first; the strategies that threw or ran out of time ({@code failures}); and how many candidates
 * the strategies offered and the checks rejected.
 */
public record ConflictProposals(String scheduleId, String conflictId, int version, List<ProposalView> proposals,
                                List<StrategyFailureView> failures, int candidates, int rejected) {

    /**
     * One proposal: {@code rank} 1 is best; {@code changes} the games it changes (before and after);
     * {@code travelMiles} how many more miles the teams involved travel (negative: fewer); {@code quality} how the
     * weighted conflicts change (critical 8, high 4, medium 2, low 1; negative is better); {@code score} ranks them.
     */
    public record ProposalView(String id, int rank, String strategy, String explanation, List<GameDifference> changes,
                               long travelMiles, int quality, double score, String state) {
    }

    /** A strategy that failed: {@code kind} threw or timed-out, and why. */
    public record StrategyFailureView(String strategy, String kind, String reason) {
    }
}
