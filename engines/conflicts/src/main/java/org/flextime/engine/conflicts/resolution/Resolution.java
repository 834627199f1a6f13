package org.flextime.engine.conflicts.resolution;

import java.util.List;

/**
 * What the strategies found for one conflict: the proposals that passed every check, best first; the strategies that
 * failed; and how many candidates were offered and rejected by the checks.
 */
public record Resolution(List<Proposal> proposals, List<StrategyFailure> failures, int candidates, int rejected) {

    /** Copies the lists so the record stays immutable. */
    public Resolution {
        proposals = List.copyOf(proposals);
        failures = List.copyOf(failures);
    }
}
