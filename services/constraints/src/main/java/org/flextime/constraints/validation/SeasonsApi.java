package org.flextime.constraints.validation;

import org.flextime.contracts.api.SeasonView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The part of the scheduler's public seasons API this service reads. */
@HttpExchange(url = "/api/v1/seasons", accept = "application/json")
public interface SeasonsApi {

    /** A season's current version. */
    @GetExchange("/{id}")
    SeasonView current(@PathVariable String id);

    /** One version of a season. */
    @GetExchange("/{id}/versions/{version}")
    SeasonView version(@PathVariable String id, @PathVariable int version);
}
