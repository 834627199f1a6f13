package org.flextime.scheduler.editing;

import org.flextime.contracts.api.ScheduleConflicts;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The part of the conflicts service's public API the publish gate reads. */
@HttpExchange(url = "/api/v1/schedules", accept = "application/json")
public interface ConflictsApi {

    /** A schedule's conflicts of one severity and state, with the latest version detection has run on. */
    @GetExchange("/{id}/conflicts")
    ScheduleConflicts conflicts(@PathVariable String id, @RequestParam String severity, @RequestParam String state);
}
