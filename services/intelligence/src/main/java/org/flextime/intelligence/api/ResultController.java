package org.flextime.intelligence.api;

import org.flextime.platform.saga.JdbcStepResults;
import org.flextime.platform.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The predicted quality of a schedule, with its components. */
@RestController
class ResultController {

    private final JdbcStepResults results;

    ResultController(JdbcStepResults results) {
        this.results = results;
    }

    @GetMapping("/api/v1/quality/{scheduleId}")
    ResponseEntity<String> result(@PathVariable String scheduleId) {
        String body = results.forSchedule(scheduleId).orElseThrow(() -> new NotFoundException("quality prediction", scheduleId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
