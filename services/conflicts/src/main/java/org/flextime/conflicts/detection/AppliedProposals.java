package org.flextime.conflicts.detection;

import java.util.Optional;

/**
 * Which proposal, if any, made a schedule version: detection credits the conflicts that version resolves to the
 * proposal's strategy, and counts the conflicts it brings against it.
 */
public interface AppliedProposals {

    /** The proposal applied as the schedule's {@code version}: its id and strategy. */
    record Applied(String id, String strategy) {
    }

    /** The proposal that made the version, if one did. */
    Optional<Applied> madeVersion(String scheduleId, int version);

    /** Records that the proposal's version brought {@code introduced} new conflicts. */
    void introduced(String proposalId, int introduced);

    /** No version is ever made by a proposal. */
    AppliedProposals NONE = new AppliedProposals() {
        @Override
        public Optional<Applied> madeVersion(String scheduleId, int version) {
            return Optional.empty();
        }

        @Override
        public void introduced(String proposalId, int introduced) {
        }
    };
}
