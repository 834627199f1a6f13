package org.flextime.scheduler.problems;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import tools.jackson.databind.JsonNode;

/** The part of the constraints service's RobinX API the scheduler reads. */
@HttpExchange(url = "/api/v1/robinx/instances")
public interface RobinxInstancesApi {

    /** The instance as JSON: teams with the codes its schedules use, slots, its constraint set. */
    @GetExchange(url = "/{id}", accept = "application/json")
    JsonNode instance(@PathVariable String id);

    /** The instance as RobinX XML with the constraints of its active version. */
    @GetExchange(url = "/{id}", accept = "application/xml")
    String xml(@PathVariable String id);
}
