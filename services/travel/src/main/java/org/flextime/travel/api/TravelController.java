package org.flextime.travel.api;

import org.flextime.contracts.api.TravelOptimizeRequest;
import org.flextime.contracts.api.TravelOptimizeResult;
import org.flextime.contracts.api.TravelReportView;
import org.flextime.platform.web.IdempotentRequests;
import org.flextime.travel.schedules.ScheduleTravel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A schedule's travel: {@code GET /api/v1/schedules/{id}/travel} reports it, {@code POST .../travel/optimize} lowers
 * its cost as a new schedule version ({@code Idempotency-Key}: a repeat answers with the first result).
 */
@RestController
@RequestMapping("/api/v1/schedules/{id}/travel")
class TravelController {

    private final ScheduleTravel travel;
    private final IdempotentRequests idempotent;

    TravelController(ScheduleTravel travel, IdempotentRequests idempotent) {
        this.travel = travel;
        this.idempotent = idempotent;
    }

    /** The current version's travel; {@code party} replaces the sport's travel party for a what-if. */
    @GetMapping
    TravelReportView report(@PathVariable String id, @RequestParam(required = false) Integer party) {
        return travel.report(id, party);
    }

    /** Optimizes the schedule's travel: 200 with the new version and the saving. */
    @PostMapping("/optimize")
    ResponseEntity<String> optimize(@PathVariable String id, @RequestBody(required = false) TravelOptimizeRequest request,
                                    @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.run(key, "POST /api/v1/schedules/" + id + "/travel/optimize", idempotent.hash(request),
                () -> {
                    TravelOptimizeResult result = travel.optimize(id, request);
                    return ResponseEntity.ok(result);
                });
    }
}
