package org.flextime.travel.schedules;

import org.flextime.contracts.api.Page;
import org.flextime.contracts.api.ScheduleEditRequest;
import org.flextime.contracts.api.ScheduleListItem;
import org.flextime.contracts.api.ScheduleSummary;
import org.flextime.contracts.api.SeasonView;
import org.flextime.contracts.api.VersionView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;

/** The part of the scheduler's public API the travel service reads and edits schedules through. */
@HttpExchange(url = "/api/v1", accept = "application/json")
public interface SchedulerApi {

    /** A schedule's summary: sport, season and its version, the current version. */
    @GetExchange("/schedules/{id}")
    ScheduleSummary schedule(@PathVariable String id);

    /** The season's schedules of a sport in a generation state ({@code final}: complete), newest first, at most {@code limit}. */
    @GetExchange("/schedules")
    Page<ScheduleListItem> schedules(@RequestParam("season") String season, @RequestParam("sport") String sport,
                                     @RequestParam("state") String state, @RequestParam("limit") int limit);

    /** One version of a schedule with its games and pins. */
    @GetExchange("/schedules/{id}/versions/{version}")
    VersionView version(@PathVariable String id, @PathVariable int version);

    /** One version of a season, with its document. */
    @GetExchange("/seasons/{id}/versions/{version}")
    SeasonView season(@PathVariable String id, @PathVariable int version);

    /** Changes several games as one new version, if the schedule is still at {@code ifMatch}. */
    @PatchExchange(url = "/schedules/{id}/games", contentType = "application/json")
    VersionView edit(@PathVariable String id, @RequestHeader("If-Match") String ifMatch, @RequestHeader("X-Actor") String actor,
                     @RequestBody ScheduleEditRequest edit);
}
