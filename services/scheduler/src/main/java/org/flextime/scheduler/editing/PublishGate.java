package org.flextime.scheduler.editing;

/**
 * Whether a schedule may be published: with no hard violation of its sport's active constraint set and no critical
 * conflict, or when someone overrides the gate and says why (the reason is kept with the status change).
 */
public record PublishGate(int hardViolations, int criticalConflicts) {

    /** Whether the schedule passes without an override. */
    public boolean passes() {
        return hardViolations == 0 && criticalConflicts == 0;
    }

    /** Whether publishing may go ahead with this override reason (null or blank: none). */
    public boolean admits(String overrideReason) {
        return passes() || (overrideReason != null && !overrideReason.isBlank());
    }
}
