package org.flextime.scheduler.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.flextime.rules.robinx.ObjectiveValue;
import org.flextime.rules.robinx.ScheduledMatch;

/**
 * How a schedule's games read as RobinX ids: a team's id is its position in {@code codes}, a game's slot the days
 * from {@code firstDay} to its date; {@code scores} gives the solution's scores when its instance can score it.
 */
public record RobinxTeams(String instanceName, List<String> codes, LocalDate firstDay,
                          Function<List<ScheduledMatch>, Optional<ObjectiveValue>> scores) {

    /** Copies the codes. */
    public RobinxTeams {
        codes = List.copyOf(codes);
    }
}
