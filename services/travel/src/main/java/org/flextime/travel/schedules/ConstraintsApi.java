package org.flextime.travel.schedules;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import tools.jackson.databind.JsonNode;

/** The part of the constraints service's public API the optimizer reads the active rules from and confirms with. */
@HttpExchange(url = "/api/v1", accept = "application/json")
public interface ConstraintsApi {

    /** The constraint sets of a sport in a season, each with its active version. */
    @GetExchange("/constraint-sets")
    JsonNode sets(@RequestParam String season, @RequestParam String sport);

    /** One version of a set, with its document. */
    @GetExchange("/constraint-sets/{id}/versions/{version}")
    JsonNode version(@PathVariable String id, @PathVariable int version);

    /** Validates a schedule against its sport's active constraint set. */
    @PostExchange(url = "/constraints/validate", contentType = "application/json")
    JsonNode validate(@RequestBody JsonNode request);
}
