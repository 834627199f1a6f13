package org.flextime.contracts.events;

import java.util.List;

/**
 * The event catalog: every event type FlexTime publishes, with the payload record it carries.
 *
 * <p>Facts are past tense, commands imperative. Each type has a JSON Schema named
 * {@code schemas/<type>.schema.json} beside this class.
 */
public final class EventTypes {

    public static final String SCHEDULE_REQUESTED = "schedule.requested";
    public static final String SCHEDULE_DRAFT_CREATED = "schedule.draft.created";
    public static final String SCHEDULE_DRAFT_DELETED = "schedule.draft.deleted";
    public static final String SCHEDULE_VALIDATE = "schedule.validate";
    public static final String SCHEDULE_VALIDATED = "schedule.validated";
    public static final String VALIDATION_CLEAR = "validation.clear";
    public static final String CONFLICTS_DETECT = "conflicts.detect";
    public static final String CONFLICTS_DETECTED = "conflicts.detected";
    public static final String CONFLICTS_CLEAR = "conflicts.clear";
    public static final String TRAVEL_OPTIMIZE = "travel.optimize";
    public static final String TRAVEL_OPTIMIZED = "travel.optimized";
    public static final String TRAVEL_CLEAR = "travel.clear";
    public static final String QUALITY_PREDICT = "quality.predict";
    public static final String QUALITY_PREDICTED = "quality.predicted";
    public static final String QUALITY_CLEAR = "quality.clear";
    public static final String SCHEDULE_PROGRESS = "schedule.progress";
    public static final String STEP_FAILED = "saga.step.failed";
    public static final String SCHEDULE_FINALIZED = "schedule.finalized";
    public static final String SCHEDULE_CREATION_FAILED = "schedule.creation.failed";
    public static final String CONSTRAINTS_CHANGED = "constraints.changed";
    public static final String SCHEDULE_CHANGED = "schedule.changed";
    public static final String CONFLICT_DETECTED = "conflict.detected";
    public static final String CONFLICT_RESOLVED = "conflict.resolved";
    public static final String CONFLICT_RESOLUTION_PROPOSED = "conflict.resolution.proposed";

    /** One catalog entry: an event type and the record its data carries. */
    public record Entry(String type, Class<? extends Record> payload, String description) {
    }

    /** Every published type, in the order the schedule-creation flow uses them. */
    public static final List<Entry> CATALOG = List.of(
            new Entry(SCHEDULE_REQUESTED, Payloads.ScheduleRequested.class, "A schedule was requested; the creation saga starts."),
            new Entry(SCHEDULE_DRAFT_CREATED, Payloads.DraftCreated.class, "The scheduler generated a draft schedule."),
            new Entry(SCHEDULE_PROGRESS, Payloads.ScheduleProgress.class, "A running job's best score so far."),
            new Entry(SCHEDULE_DRAFT_DELETED, Payloads.DraftDeleted.class, "Compensation: the draft of a failed saga was deleted."),
            new Entry(SCHEDULE_VALIDATE, Payloads.ScheduleWork.class, "Command: validate a schedule against its constraints."),
            new Entry(SCHEDULE_VALIDATED, Payloads.ScheduleValidated.class, "Constraints validated a schedule."),
            new Entry(VALIDATION_CLEAR, Payloads.ClearStep.class, "Compensation command: forget a validation."),
            new Entry(CONFLICTS_DETECT, Payloads.ScheduleWork.class, "Command: detect conflicts in a schedule."),
            new Entry(CONFLICTS_DETECTED, Payloads.ConflictsDetected.class, "Conflicts were detected (possibly none)."),
            new Entry(CONFLICTS_CLEAR, Payloads.ClearStep.class, "Compensation command: forget detected conflicts."),
            new Entry(TRAVEL_OPTIMIZE, Payloads.ScheduleWork.class, "Command: measure and optimize a schedule's travel."),
            new Entry(TRAVEL_OPTIMIZED, Payloads.TravelOptimized.class, "Travel was measured for a schedule."),
            new Entry(TRAVEL_CLEAR, Payloads.ClearStep.class, "Compensation command: forget a travel result."),
            new Entry(QUALITY_PREDICT, Payloads.PredictQuality.class, "Command: predict a schedule's quality."),
            new Entry(QUALITY_PREDICTED, Payloads.QualityPredicted.class, "A schedule's quality was predicted."),
            new Entry(QUALITY_CLEAR, Payloads.ClearStep.class, "Compensation command: forget a quality prediction."),
            new Entry(STEP_FAILED, Payloads.StepFailed.class, "A saga participant could not perform its step."),
            new Entry(SCHEDULE_FINALIZED, Payloads.ScheduleFinalized.class, "A schedule passed every step and is final."),
            new Entry(SCHEDULE_CREATION_FAILED, Payloads.CreationFailed.class, "The creation saga failed and was compensated."),
            new Entry(CONSTRAINTS_CHANGED, Payloads.ConstraintsChanged.class,
                    "A constraint set's active version changed; validations use it from now on."),
            new Entry(SCHEDULE_CHANGED, Payloads.ScheduleChanged.class,
                    "A schedule has a new version (an edit, an undo, an applied proposal); conflicts are detected on it."),
            new Entry(CONFLICT_DETECTED, Payloads.ConflictDetected.class, "Detection found new conflicts in a schedule version."),
            new Entry(CONFLICT_RESOLVED, Payloads.ConflictResolved.class, "Conflicts of a schedule are gone in a new version."),
            new Entry(CONFLICT_RESOLUTION_PROPOSED, Payloads.ResolutionProposed.class,
                    "Checked proposals to resolve a conflict were offered (none when no strategy found one)."));

    private EventTypes() {
    }

    /** The classpath resource of a type's JSON Schema. */
    public static String schemaResource(String type) {
        return "/org/flextime/contracts/schemas/" + type + ".schema.json";
    }
}
