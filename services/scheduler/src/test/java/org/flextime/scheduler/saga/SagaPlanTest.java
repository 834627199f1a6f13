package org.flextime.scheduler.saga;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which saga steps a job's problem runs, decided without a saga. */
class SagaPlanTest {

    @Test
    void aSeasonsSportRunsEveryStep() {
        SagaPlan plan = SagaPlan.forEngine("season");

        // travel changes the draft's games before the steps that judge them
        assertThat(plan.after(SagaStep.CREATE_DRAFT)).isEqualTo(SagaStep.OPTIMIZE_TRAVEL);
        assertThat(plan.after(SagaStep.OPTIMIZE_TRAVEL)).isEqualTo(SagaStep.VALIDATE_CONSTRAINTS);
        assertThat(plan.after(SagaStep.VALIDATE_CONSTRAINTS)).isEqualTo(SagaStep.DETECT_CONFLICTS);
        assertThat(plan.after(SagaStep.DETECT_CONFLICTS)).isEqualTo(SagaStep.PREDICT_QUALITY);
        assertThat(plan.after(SagaStep.PREDICT_QUALITY)).isEqualTo(SagaStep.FINALIZE);
        assertThat(plan.skipReason(SagaStep.OPTIMIZE_TRAVEL)).isEmpty();
    }

    @Test
    void aJobFromBeforeEnginesWereRecordedRunsEveryStep() {
        assertThat(SagaPlan.forEngine(null).after(SagaStep.VALIDATE_CONSTRAINTS)).isEqualTo(SagaStep.DETECT_CONFLICTS);
    }

    @Test
    void anInstanceIsValidatedAndThenFinalizedWithTheOtherStepsSkippedForAReason() {
        SagaPlan plan = SagaPlan.forEngine("itc2021");

        assertThat(plan.after(SagaStep.CREATE_DRAFT)).isEqualTo(SagaStep.VALIDATE_CONSTRAINTS);
        assertThat(plan.after(SagaStep.VALIDATE_CONSTRAINTS)).isEqualTo(SagaStep.FINALIZE);
        assertThat(plan.skipReason(SagaStep.DETECT_CONFLICTS)).hasValueSatisfying(r -> assertThat(r).contains("no venues"));
        assertThat(plan.skipReason(SagaStep.OPTIMIZE_TRAVEL)).hasValueSatisfying(r -> assertThat(r).contains("campuses"));
        assertThat(plan.skipReason(SagaStep.PREDICT_QUALITY)).hasValueSatisfying(r -> assertThat(r).contains("conference seasons"));
        assertThat(plan.skipReason(SagaStep.VALIDATE_CONSTRAINTS)).isEmpty();
    }

    @Test
    void aTravelingTournamentInstanceSkipsTheSameSteps() {
        assertThat(SagaPlan.forEngine("ttp").after(SagaStep.VALIDATE_CONSTRAINTS)).isEqualTo(SagaStep.FINALIZE);
    }
}
