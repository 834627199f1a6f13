package org.flextime.scheduler.editing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a generated schedule stands editorially: {@code draft} (being edited) → {@code review} → {@code published}. A
 * schedule in review may go back to draft; a published one may be withdrawn to draft, and an edit of a published
 * schedule returns it to review, so every published version has passed the gate.
 */
public enum EditorialStatus {
    DRAFT, REVIEW, PUBLISHED;

    /** The status named in the API ("draft", "review", "published"). */
    public static Optional<EditorialStatus> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.id().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The API's name of the status. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a schedule may move from this status to {@code to}. */
    public boolean mayMoveTo(EditorialStatus to) {
        return switch (this) {
            case DRAFT -> to == REVIEW;
            case REVIEW -> Set.of(DRAFT, PUBLISHED).contains(to);
            case PUBLISHED -> to == DRAFT;
        };
    }
}
