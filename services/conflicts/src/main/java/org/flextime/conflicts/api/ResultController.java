package org.flextime.conflicts.api;

import org.flextime.platform.saga.JdbcStepResults;
import org.flextime.platform.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The conflicts detected in a schedule, each with its fix. */
@RestController
class ResultController {

    private final JdbcStepResults results;

    ResultController(JdbcStepResults results) {
        this.results = results;
    }

    @GetMapping("/api/v1/conflicts/{scheduleId}")
    ResponseEntity<String> result(@PathVariable String scheduleId) {
        String body = results.forSchedule(scheduleId).orElseThrow(() -> new NotFoundException("conflicts", scheduleId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
