package org.flextime.rules.itc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.rules.robinx.ConstraintType.HARD;
import static org.flextime.rules.robinx.ConstraintType.SOFT;

import java.util.List;
import org.flextime.rules.robinx.Br2;
import org.flextime.rules.robinx.Comparison;
import org.flextime.rules.robinx.HomeAwayMode;
import org.junit.jupiter.api.Test;

class Br2EvaluatorTest {

    @Test
    void totalBreaksOfAllTeamsBeyondIntpIsOneDeviation() {
        // breaks: team 0 none, team 1 three, team 2 three, team 3 four: ten in total
        Evaluation evaluation = TinyLeague.evaluate(new Br2(TinyLeague.ALL_TEAMS, TinyLeague.ALL_SLOTS, 6,
                HomeAwayMode.HA, Comparison.LEQ, SOFT, 10, 17));

        assertThat(evaluation.violations()).singleElement().satisfies(v -> {
            assertThat(v.deviation()).isEqualTo(4);
            assertThat(v.explanation()).contains("10 HA breaks", "team 3 [1, 2, 4, 5]");
        });
        assertThat(evaluation.objective()).isEqualTo(40);
    }

    @Test
    void hardBr2OverTheListedSlotsCountsIntoInfeasibility() {
        // in slots 1 and 2: team 2 (slot 1), team 1 (slot 2), team 3 (slots 1, 2): four breaks
        Evaluation evaluation = TinyLeague.evaluate(new Br2(TinyLeague.ALL_TEAMS, List.of(1, 2), 3,
                HomeAwayMode.HA, Comparison.LEQ, HARD, 1, 17));

        assertThat(evaluation.infeasibility()).isEqualTo(1);
        assertThat(evaluation.objective()).isZero();
    }
}
