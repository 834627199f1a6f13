package org.flextime.scheduler.saga;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.flextime.scheduler.problems.EngineChoice;

/**
 * Which saga steps a job's problem runs. A season's sport runs every step. An imported RobinX instance is abstract
 * (teams without campuses, slots without dates or venues): its draft is validated against the instance's own
 * constraint set, and the steps that need the conference's world are skipped, each with the reason the job shows.
 * The decision is plain data, so it is tested without a saga.
 */
public final class SagaPlan {

    private static final Map<SagaStep, String> INSTANCE_SKIPS = new EnumMap<>(Map.of(
            SagaStep.DETECT_CONFLICTS, "a RobinX instance has no venues, facilities or calendar to conflict over; its own "
                    + "constraints are checked by validateConstraints",
            SagaStep.OPTIMIZE_TRAVEL, "travel is measured between member schools' campuses, which a RobinX instance's teams "
                    + "do not have (a TTP instance's distances are already the solver's objective)",
            SagaStep.PREDICT_QUALITY, "the quality model is trained on conference seasons; its score would mean nothing for "
                    + "an abstract instance"));

    private final Map<SagaStep, String> skipped;

    private SagaPlan(Map<SagaStep, String> skipped) {
        this.skipped = skipped;
    }

    /** The plan for a job's engine ({@link EngineChoice}; null: a job from before engines were recorded, the season engine). */
    public static SagaPlan forEngine(String engine) {
        boolean instance = engine != null && new EngineChoice(engine, "").solvesInstance();
        return new SagaPlan(instance ? INSTANCE_SKIPS : Map.of());
    }

    /** Why the step is skipped, when it is. */
    public Optional<String> skipReason(SagaStep step) {
        return Optional.ofNullable(skipped.get(step));
    }

    /** The first step after {@code step} that runs (finalize always does). */
    public SagaStep after(SagaStep step) {
        SagaStep next = step.next().orElseThrow(() -> new IllegalStateException("nothing follows " + step.id()));
        return skipped.containsKey(next) ? after(next) : next;
    }
}
