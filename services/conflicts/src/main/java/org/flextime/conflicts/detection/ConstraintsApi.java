package org.flextime.conflicts.detection;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import tools.jackson.databind.JsonNode;

/** The part of the constraints service's public API detection uses. */
@HttpExchange(url = "/api/v1/constraints", accept = "application/json", contentType = "application/json")
public interface ConstraintsApi {

    /** Validates a schedule against its sport's active constraint set. */
    @PostExchange("/validate")
    JsonNode validate(@RequestBody JsonNode request);
}
