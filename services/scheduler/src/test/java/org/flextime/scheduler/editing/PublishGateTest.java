package org.flextime.scheduler.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The publish gate and the editorial moves. */
class PublishGateTest {

    @Test
    void aCleanScheduleIsPublishedWithoutAnOverride() {
        assertThat(new PublishGate(0, 0).admits(null)).isTrue();
    }

    @Test
    void aHardViolationOrACriticalConflictNeedsAnOverrideReason() {
        assertThat(new PublishGate(1, 0).admits(null)).isFalse();
        assertThat(new PublishGate(0, 1).admits(" ")).isFalse();
        assertThat(new PublishGate(1, 1).admits("the network confirmed the slot")).isTrue();
    }

    @Test
    void statusesMoveDraftToReviewToPublishedAndBackToDraft() {
        assertThat(EditorialStatus.DRAFT.mayMoveTo(EditorialStatus.REVIEW)).isTrue();
        assertThat(EditorialStatus.DRAFT.mayMoveTo(EditorialStatus.PUBLISHED)).isFalse();
        assertThat(EditorialStatus.REVIEW.mayMoveTo(EditorialStatus.PUBLISHED)).isTrue();
        assertThat(EditorialStatus.REVIEW.mayMoveTo(EditorialStatus.DRAFT)).isTrue();
        assertThat(EditorialStatus.PUBLISHED.mayMoveTo(EditorialStatus.DRAFT)).isTrue();
        assertThat(EditorialStatus.PUBLISHED.mayMoveTo(EditorialStatus.REVIEW)).isFalse();
        assertThat(EditorialStatus.parse(" Published")).contains(EditorialStatus.PUBLISHED);
        assertThat(EditorialStatus.parse("final")).isEmpty();
    }
}
