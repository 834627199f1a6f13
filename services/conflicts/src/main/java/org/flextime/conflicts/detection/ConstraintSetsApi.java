package org.flextime.conflicts.detection;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import tools.jackson.databind.JsonNode;

/** The part of the constraints service's public API that says which rules a sport's schedules are judged by. */
@HttpExchange(url = "/api/v1/constraint-sets", accept = "application/json")
public interface ConstraintSetsApi {

    /** The constraint sets of a season and sport, each with its active version. */
    @GetExchange
    JsonNode sets(@RequestParam String season, @RequestParam String sport);

    /** One version of a set, with its rule document. */
    @GetExchange("/{id}/versions/{version}")
    JsonNode version(@PathVariable String id, @PathVariable int version);
}
