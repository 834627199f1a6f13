package org.flextime.scheduler.engine.optimizer;

import java.time.LocalDate;
import java.util.List;

/** One team's side of a meeting: its opponent, whether it hosts, and the dates (one, or a series). */
public record Appearance(String team, String opponent, boolean home, List<LocalDate> dates, String fixtureId,
                         RuleBook rules) {
    /** First date of the meeting. */
    public LocalDate start() {
        return dates.get(0);
    }

    /** Last date of the meeting. */
    public LocalDate end() {
        return dates.get(dates.size() - 1);
    }
}
