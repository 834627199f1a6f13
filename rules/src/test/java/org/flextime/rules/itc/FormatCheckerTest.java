package org.flextime.rules.itc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.ScheduledMatch;
import org.junit.jupiter.api.Test;

class FormatCheckerTest {

    private final ItcEvaluator evaluator = new ItcEvaluator();

    @Test
    void theTinyLeagueIsAValidPhasedDoubleRoundRobin() {
        Evaluation evaluation = evaluator.evaluate(TinyLeague.instance(), TinyLeague.solution());

        assertThat(evaluation.violations()).isEmpty();
        assertThat(evaluation.isFeasible()).isTrue();
    }

    @Test
    void aMissingGameIsOneUnitOfInfeasibility() {
        List<ScheduledMatch> games = new ArrayList<>(TinyLeague.GAMES);
        games.remove(new ScheduledMatch(2, 1, 5));

        Evaluation evaluation = evaluator.evaluate(TinyLeague.instance(), TinyLeague.solution(games));

        assertThat(evaluation.infeasibility()).isEqualTo(1);
        assertThat(evaluation.objective()).isZero();
        assertThat(evaluation.violationsOf(Violation.FORMAT)).singleElement()
                .satisfies(v -> assertThat(v.explanation()).contains("game 2-1", "is missing"));
    }

    @Test
    void aDuplicatedGameIsReportedAsExtraGameAndDoubleBooking() {
        List<ScheduledMatch> games = new ArrayList<>(TinyLeague.GAMES);
        games.add(new ScheduledMatch(0, 1, 0));

        Evaluation evaluation = evaluator.evaluate(TinyLeague.instance(), TinyLeague.solution(games));

        assertThat(evaluation.violationsOf(Violation.FORMAT)).extracting(Violation::explanation)
                .anySatisfy(e -> assertThat(e).contains("game 0-1", "scheduled 2 times"))
                .anySatisfy(e -> assertThat(e).contains("team 0 plays 2 games in slot 0"))
                .anySatisfy(e -> assertThat(e).contains("team 1 plays 2 games in slot 0"));
        assertThat(evaluation.infeasibility()).isEqualTo(3);
    }

    @Test
    void aPhasedSeasonMustMeetOncePerHalf() {
        // swapping slots 2 and 3 moves one meeting of four pairs across the half-way line
        List<ScheduledMatch> games = TinyLeague.GAMES.stream().map(g -> switch (g.slot()) {
            case 2 -> new ScheduledMatch(g.home(), g.away(), 3);
            case 3 -> new ScheduledMatch(g.home(), g.away(), 2);
            default -> g;
        }).toList();

        Evaluation evaluation = evaluator.evaluate(TinyLeague.instance(), TinyLeague.solution(games));

        // 0-1/1-0 and 2-3/3-2 now both fall in the first half; 0-3/3-0 and 1-2/2-1 both in the second
        assertThat(evaluation.violationsOf(Violation.FORMAT)).hasSize(4)
                .allSatisfy(v -> assertThat(v.explanation()).startsWith("phased season"));
        assertThat(evaluation.infeasibility()).isEqualTo(4);
    }
}
