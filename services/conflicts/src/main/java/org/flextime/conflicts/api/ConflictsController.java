package org.flextime.conflicts.api;

import java.util.Locale;
import org.flextime.conflicts.detection.ConflictStore;
import org.flextime.conflicts.resolution.ProposalStore;
import org.flextime.engine.conflicts.ConflictSeverity;
import org.flextime.contracts.api.ConflictStats;
import org.flextime.contracts.api.ScheduleConflicts;
import org.flextime.platform.web.InvalidFieldException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A schedule's conflicts, as detection on its versions left them. */
@RestController
class ConflictsController {

    private final ConflictStore store;
    private final ProposalStore proposals;

    ConflictsController(ConflictStore store, ProposalStore proposals) {
        this.store = store;
        this.proposals = proposals;
    }

    /** Every conflict of the schedule, by date; {@code severity} and {@code state} (open, resolved) filter them. */
    @GetMapping("/api/v1/schedules/{id}/conflicts")
    ScheduleConflicts conflicts(@PathVariable String id, @RequestParam(required = false) String severity,
                                @RequestParam(required = false) String state) {
        String s = severity == null || severity.isBlank() ? null : ConflictSeverity.parse(severity).map(ConflictSeverity::id)
                .orElseThrow(() -> new InvalidFieldException("severity", "unknown severity '" + severity
                        + "'; one of critical, high, medium, low"));
        String st = state == null || state.isBlank() ? null : state.strip().toLowerCase(Locale.ROOT);
        if (st != null && !st.equals("open") && !st.equals("resolved")) {
            throw new InvalidFieldException("state", "unknown state '" + state + "'; one of open, resolved");
        }
        return new ScheduleConflicts(id, store.detectedVersion(id).orElse(null), store.list(id, s, st));
    }

    /** Conflicts of every schedule per family and severity (found, open, resolved and by what), and how each strategy fared. */
    @GetMapping("/api/v1/conflicts/stats")
    ConflictStats stats() {
        return new ConflictStats(store.stats(), proposals.stats());
    }
}
