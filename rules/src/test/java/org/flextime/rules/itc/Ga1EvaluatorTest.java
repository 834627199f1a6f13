package org.flextime.rules.itc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.rules.robinx.ConstraintType.HARD;
import static org.flextime.rules.robinx.ConstraintType.SOFT;

import java.util.List;
import org.flextime.rules.robinx.Ga1;
import org.flextime.rules.robinx.Meeting;
import org.junit.jupiter.api.Test;

class Ga1EvaluatorTest {

    @Test
    void tooManyMeetingsInTheSlots() {
        // both 0-1 and 2-3 are played in slot 0
        Evaluation evaluation = TinyLeague.evaluate(new Ga1(List.of(new Meeting(0, 1), new Meeting(2, 3)),
                List.of(0), 0, 1, SOFT, 4, 5));

        assertThat(evaluation.violations()).singleElement().satisfies(v -> {
            assertThat(v.deviation()).isEqualTo(1);
            assertThat(v.explanation()).contains("0-1@0", "2-3@0", "max 1");
        });
        assertThat(evaluation.objective()).isEqualTo(4);
    }

    @Test
    void tooFewMeetingsIsAHardDeviation() {
        // 1-0 is played in slot 3, not in slots 0..2; meetings are ordered (home, away)
        Evaluation evaluation = TinyLeague.evaluate(new Ga1(List.of(new Meeting(1, 0)), List.of(0, 1, 2), 1, 1,
                HARD, 1, 5));

        assertThat(evaluation.infeasibility()).isEqualTo(1);
        assertThat(evaluation.objective()).isZero();
        assertThat(evaluation.violations()).singleElement()
                .satisfies(v -> assertThat(v.explanation()).contains("0 of meetings [1-0]", "min 1, max 1"));
    }
}
