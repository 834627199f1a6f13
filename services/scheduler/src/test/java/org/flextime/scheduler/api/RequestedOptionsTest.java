package org.flextime.scheduler.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.flextime.platform.web.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** The travel unit a schedule request may name: dollars (the default) or miles; anything else is a 422 naming it. */
class RequestedOptionsTest {
    @Test
    void dollarsAndMilesAreTheTravelUnits() {
        assertThat(RequestedOptions.check(Map.of("travelUnit", "miles", "budgetSeconds", 5))).isEqualTo(5);
        assertThat(RequestedOptions.check(Map.of("travelUnit", "dollars", "budgetSeconds", 5))).isEqualTo(5);
    }

    @Test
    void anotherTravelUnitIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> RequestedOptions.check(Map.of("travelUnit", "kilometres")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("options.travelUnit");
                    assertThat(e.status()).isEqualTo(422);
                });
    }
}
