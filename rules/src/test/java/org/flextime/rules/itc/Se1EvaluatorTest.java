package org.flextime.rules.itc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.rules.robinx.ConstraintType.HARD;
import static org.flextime.rules.robinx.ConstraintType.SOFT;

import java.util.List;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.ScheduledMatch;
import org.flextime.rules.robinx.Se1;
import org.junit.jupiter.api.Test;

class Se1EvaluatorTest {

    // the tiny league is mirrored: every pair meets in slots s and s + 3, with 2 slots between

    @Test
    void eachPairShortOfMinSlotsBetweenDeviates() {
        Evaluation evaluation = TinyLeague.evaluate(new Se1(List.of(0, 1, 2), 3, RobinxConstraint.UNBOUNDED, SOFT, 10, 23));

        assertThat(evaluation.violations()).hasSize(3).allSatisfy(v -> assertThat(v.deviation()).isEqualTo(1));
        assertThat(evaluation.violations().get(0).explanation())
                .contains("teams 0 and 1", "slots 0 and 3", "2 slots between", "min 3");
        assertThat(evaluation.objective()).isEqualTo(30);
    }

    @Test
    void maxBoundsTheGapToo() {
        Evaluation evaluation = TinyLeague.evaluate(new Se1(List.of(0, 1), 0, 1, HARD, 1, 23));

        assertThat(evaluation.infeasibility()).isEqualTo(1);
        assertThat(evaluation.objective()).isZero();
    }

    @Test
    void repeaterHasZeroSlotsBetween() {
        // swap slots so that 0-1 (slot 0) is directly followed by 1-0 (slot 1): a TTP "repeater"
        List<ScheduledMatch> games = TinyLeague.GAMES.stream().map(g -> switch (g.slot()) {
            case 1 -> new ScheduledMatch(g.home(), g.away(), 3);
            case 3 -> new ScheduledMatch(g.home(), g.away(), 1);
            default -> g;
        }).toList();
        Evaluation evaluation = new ItcEvaluator().evaluate(
                TinyLeague.instance(new Se1(List.of(0, 1), 1, RobinxConstraint.UNBOUNDED, SOFT, 7, 23)),
                TinyLeague.solution(games));

        assertThat(evaluation.violationsOf("SE1")).singleElement()
                .satisfies(v -> assertThat(v.explanation()).contains("0 slots between"));
        assertThat(evaluation.objective()).isEqualTo(7);
    }
}
