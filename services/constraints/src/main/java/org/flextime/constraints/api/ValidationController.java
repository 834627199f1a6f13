package org.flextime.constraints.api;

import org.flextime.platform.saga.JdbcStepResults;
import org.flextime.platform.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The validation report of a schedule, with every violation explained. */
@RestController
class ValidationController {

    private final JdbcStepResults validations;

    ValidationController(JdbcStepResults validations) {
        this.validations = validations;
    }

    @GetMapping("/api/v1/validations/{scheduleId}")
    ResponseEntity<String> validation(@PathVariable String scheduleId) {
        String report = validations.forSchedule(scheduleId).orElseThrow(() -> new NotFoundException("validation", scheduleId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }
}
