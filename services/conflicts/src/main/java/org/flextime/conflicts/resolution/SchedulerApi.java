package org.flextime.conflicts.resolution;

import org.flextime.contracts.api.ScheduleEditRequest;
import org.flextime.contracts.api.VersionView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;

/** The part of the scheduler's public API that applies a proposal: a batch edit, one new version. */
@HttpExchange(url = "/api/v1/schedules", accept = "application/json", contentType = "application/json")
public interface SchedulerApi {

    /** Changes several games of the schedule as one version, if {@code ifMatch} names its current one. */
    @PatchExchange("/{id}/games")
    ResponseEntity<VersionView> edit(@PathVariable String id, @RequestHeader("If-Match") String ifMatch,
                                     @RequestHeader("X-Actor") String actor, @RequestBody ScheduleEditRequest edit);
}
