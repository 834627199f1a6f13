package org.flextime.engine.conflicts.resolution;

import java.util.List;
import org.flextime.domain.Game;

/**
 * What a strategy suggests: the games it changes, each as it would be afterwards (same id, new date, venue or sides),
 * and a plain-language explanation of the change.
 */
public record Candidate(List<Game> changed, String explanation) {

    /** Copies the list so the record stays immutable; a candidate changes at least one game. */
    public Candidate {
        changed = List.copyOf(changed);
        if (changed.isEmpty()) {
            throw new IllegalArgumentException("a candidate changes at least one game");
        }
    }
}
