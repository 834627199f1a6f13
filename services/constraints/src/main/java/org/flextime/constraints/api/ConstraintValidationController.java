package org.flextime.constraints.api;

import org.flextime.constraints.validation.ScheduleValidations;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/constraints/validate}: violations with explanations and hard / soft totals. */
@RestController
class ConstraintValidationController {

    private final ScheduleValidations validations;

    ConstraintValidationController(ScheduleValidations validations) {
        this.validations = validations;
    }

    @PostMapping("/api/v1/constraints/validate")
    ScheduleValidations.Result validate(@RequestBody ScheduleValidations.Request request) {
        return validations.validate(request);
    }
}
