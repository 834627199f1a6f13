package org.flextime.scheduler.saga;

import java.util.Arrays;
import java.util.Optional;
import org.flextime.contracts.events.EventTypes;

/**
 * The steps of schedule creation, in order, each with its compensation and, for remote steps, the
 * command that starts it, the reply that ends it and the command that undoes it.
 */
public enum SagaStep {
    CREATE_DRAFT("createDraft", "deleteDraft", null, null, null),
    // travel changes games, so it runs before the steps that judge them: they see the games that are finalized
    OPTIMIZE_TRAVEL("optimizeTravel", "clearTravel", EventTypes.TRAVEL_OPTIMIZE, EventTypes.TRAVEL_OPTIMIZED, EventTypes.TRAVEL_CLEAR),
    VALIDATE_CONSTRAINTS("validateConstraints", "clearValidation", EventTypes.SCHEDULE_VALIDATE, EventTypes.SCHEDULE_VALIDATED, EventTypes.VALIDATION_CLEAR),
    DETECT_CONFLICTS("detectConflicts", "clearConflicts", EventTypes.CONFLICTS_DETECT, EventTypes.CONFLICTS_DETECTED, EventTypes.CONFLICTS_CLEAR),
    PREDICT_QUALITY("predictQuality", "clearQuality", EventTypes.QUALITY_PREDICT, EventTypes.QUALITY_PREDICTED, EventTypes.QUALITY_CLEAR),
    FINALIZE("finalize", null, null, null, null);

    private final String id;
    private final String compensation;
    private final String command;
    private final String reply;
    private final String undo;

    SagaStep(String id, String compensation, String command, String reply, String undo) {
        this.id = id;
        this.compensation = compensation;
        this.command = command;
        this.reply = reply;
        this.undo = undo;
    }

    /** The step's name as jobs and events report it. */
    public String id() {
        return id;
    }

    /** The name of the compensation recorded before the step runs (null: nothing to undo). */
    public String compensation() {
        return compensation;
    }

    /** The command event a remote step starts with (null for local steps). */
    public String command() {
        return command;
    }

    /** The event that reports the remote step done. */
    public String reply() {
        return reply;
    }

    /** The command event that undoes a remote step. */
    public String undo() {
        return undo;
    }

    /** The step after this one, if any. */
    public Optional<SagaStep> next() {
        int i = ordinal() + 1;
        return i < values().length ? Optional.of(values()[i]) : Optional.empty();
    }

    /** The step with this name. */
    public static SagaStep byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no saga step " + id));
    }

    /** The remote step this reply ends. */
    public static Optional<SagaStep> byReply(String type) {
        return Arrays.stream(values()).filter(s -> type.equals(s.reply)).findFirst();
    }
}
