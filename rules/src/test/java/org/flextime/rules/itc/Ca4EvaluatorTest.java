package org.flextime.rules.itc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.rules.robinx.ConstraintType.HARD;
import static org.flextime.rules.robinx.ConstraintType.SOFT;

import java.util.List;
import org.flextime.rules.robinx.Ca4;
import org.flextime.rules.robinx.CountMode;
import org.flextime.rules.robinx.HomeAwayMode;
import org.junit.jupiter.api.Test;

class Ca4EvaluatorTest {

    // games with teams 0 or 1 hosting teams 2 or 3: 1-3@1, 0-3@2, 1-2@2, 0-2@4

    @Test
    void globalCountsAllListedSlotsTogether() {
        Evaluation evaluation = TinyLeague.evaluate(new Ca4(List.of(0, 1), List.of(2, 3), TinyLeague.ALL_SLOTS, 0, 2,
                HomeAwayMode.H, CountMode.GLOBAL, SOFT, 5, 11));

        assertThat(evaluation.violations()).singleElement().satisfies(v -> {
            assertThat(v.deviation()).isEqualTo(2);
            assertThat(v.explanation()).contains("4 H games", "1-3@1", "0-3@2", "1-2@2", "0-2@4", "max 2");
        });
        assertThat(evaluation.objective()).isEqualTo(10);
    }

    @Test
    void everyCountsEachSlotSeparately() {
        // only slot 2 has two such games
        Evaluation evaluation = TinyLeague.evaluate(new Ca4(List.of(0, 1), List.of(2, 3), TinyLeague.ALL_SLOTS, 0, 1,
                HomeAwayMode.H, CountMode.EVERY, HARD, 1, 11));

        assertThat(evaluation.infeasibility()).isEqualTo(1);
        assertThat(evaluation.objective()).isZero();
        assertThat(evaluation.violations()).singleElement()
                .satisfies(v -> assertThat(v.explanation()).contains("in slot 2"));
    }

    @Test
    void awayModeCountsTeams1Visiting() {
        // in slots 4 and 5, teams 0 or 1 visit teams 2 or 3 three times: 3-1@4, 3-0@5, 2-1@5
        Evaluation evaluation = TinyLeague.evaluate(new Ca4(List.of(0, 1), List.of(2, 3), List.of(4, 5), 0, 1,
                HomeAwayMode.A, CountMode.GLOBAL, SOFT, 1, 11));

        assertThat(evaluation.objective()).isEqualTo(2);
    }
}
