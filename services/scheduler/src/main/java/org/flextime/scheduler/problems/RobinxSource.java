package org.flextime.scheduler.problems;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.flextime.rules.robinx.Instance;

/**
 * Where the scheduler reads an imported RobinX instance: from the constraints service, which owns them (no service
 * reads another's tables).
 */
public interface RobinxSource {

    /**
     * An instance as the solvers read it (its constraint set's active version), the team codes its games are stored
     * with (index: RobinX team id) and the date each slot stands for (index: slot id).
     */
    record Problem(String id, Instance instance, List<String> codes, List<LocalDate> slotDates, int constraintSetVersion) {
        /** Copies the lists. */
        public Problem {
            codes = List.copyOf(codes);
            slotDates = List.copyOf(slotDates);
        }
    }

    /** The constraints service could not be asked. */
    class Unavailable extends RuntimeException {
        /** Unavailable, with the reason. */
        public Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** The instance with this id ({@code robinx:NAME}), empty when there is none; throws {@link Unavailable}. */
    Optional<Problem> find(String id);

    /** No constraints service configured: no instance exists. */
    RobinxSource NONE = id -> Optional.empty();
}
