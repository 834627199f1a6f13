package org.flextime.platform.web;

import org.flextime.platform.saga.JdbcStepResults;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The live result a service's saga step stored for a schedule, as the JSON the step wrote. */
@RestController
public class StepResultsController {

    private final JdbcStepResults results;
    private final String name;

    /** Serves {@code results}; a schedule without one is a 404 problem calling it {@code name}. */
    public StepResultsController(JdbcStepResults results, String name) {
        this.results = results;
        this.name = name;
    }

    @GetMapping("${flextime.step-results.path}/{scheduleId}")
    ResponseEntity<String> result(@PathVariable String scheduleId) {
        String body = results.forSchedule(scheduleId).orElseThrow(() -> new NotFoundException(name, scheduleId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
