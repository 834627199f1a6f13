package org.flextime.constraints.validation;

import java.util.List;
import org.flextime.contracts.api.GameView;
import org.flextime.contracts.api.ScheduleSummary;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The part of the scheduler's public API validation reads. */
@HttpExchange(url = "/api/v1/schedules", accept = "application/json")
public interface SchedulerApi {

    /** A schedule's summary. */
    @GetExchange("/{id}")
    ScheduleSummary schedule(@PathVariable String id);

    /** A schedule's games. */
    @GetExchange("/{id}/games")
    List<GameView> games(@PathVariable String id);
}
