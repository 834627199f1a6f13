package org.flextime.engine.itc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.SolutionMetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The incremental scoring equals the rules module's ITC2021 evaluator, on shipped solutions and after random moves. */
class ItcScoringTest {

    private final ItcEvaluator evaluator = new ItcEvaluator();

    @ParameterizedTest
    @ValueSource(strings = {"TestInstanceDemo", "ITC2021_Test1", "ITC2021_Test2", "ITC2021_Test3", "ITC2021_Test4",
            "ITC2021_Test5", "ITC2021_Test6", "ITC2021_Test7", "ITC2021_Test8"})
    void scoresEveryShippedBestSolutionAsTheEvaluatorAndTheFileDo(String name) {
        Instance instance = SharedItcData.instance(name);
        Solution best = SharedItcData.bestKnown(name, instance);
        ItcState state = SharedItcData.state(new ItcModel(instance), best.games());
        Evaluation evaluation = evaluator.evaluate(instance, best);
        assertThat(state.infeasibility()).isEqualTo(evaluation.infeasibility());
        assertThat(state.objective()).isEqualTo(evaluation.objective());
        assertThat(best.metaData().objectiveValue()).hasValueSatisfying(stated -> {
            assertThat(state.infeasibility()).isEqualTo(stated.infeasibility());
            assertThat(state.objective()).isEqualTo(stated.objective());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ITC2021_Test1", "ITC2021_Test2", "ITC2021_Test3", "ITC2021_Test4", "ITC2021_Test5",
            "ITC2021_Test6", "ITC2021_Test8"})
    void randomMovesKeepTheIncrementalScoreExact(String name) {
        Instance instance = SharedItcData.instance(name);
        ItcModel model = new ItcModel(instance);
        SplittableRandom random = new SplittableRandom(name.hashCode());
        ItcState state = ItcSolver.initial(model, random);
        ItcMoves moves = new ItcMoves(state);
        int n = model.teams;
        int slots = model.slots;
        int evaluated = 0;
        for (int i = 0; i < 3000; i++) {
            long hardBefore = state.infeasibility();
            long softBefore = state.objective();
            boolean applied = switch (random.nextInt(6)) {
                case 0 -> moves.swapHomes(random.nextInt(n), random.nextInt(n));
                case 1 -> moves.swapSlots(random.nextInt(slots), random.nextInt(slots));
                case 2 -> moves.swapTeams(random.nextInt(n), random.nextInt(n));
                case 3 -> moves.partialSwapSlots(random.nextInt(n), random.nextInt(slots), random.nextInt(slots));
                case 4 -> moves.partialSwapTeams(random.nextInt(n), random.nextInt(n), random.nextInt(slots));
                default -> moves.partialSwapTeamsInHalf(random.nextInt(n), random.nextInt(n), random.nextInt(slots));
            };
            if (!applied) {
                state.undo();
                continue;
            }
            state.evaluate();
            evaluated++;
            long[] fresh = state.rescore();
            assertThat(fresh).containsExactly(state.infeasibility(), state.objective());
            if (random.nextBoolean()) {
                state.commit();
            } else {
                state.undo();
                assertThat(state.infeasibility()).isEqualTo(hardBefore);
                assertThat(state.objective()).isEqualTo(softBefore);
            }
            if (i % 150 == 0) {
                Evaluation evaluation = evaluator.evaluate(instance,
                        new Solution(SolutionMetaData.forInstance(name), state.games()));
                assertThat(evaluation.violationsOf("FORMAT")).as("a compact double round robin").isEmpty();
                assertThat(evaluation.infeasibility()).isEqualTo(state.infeasibility());
                assertThat(evaluation.objective()).isEqualTo(state.objective());
            }
        }
        assertThat(evaluated).isGreaterThan(1000);
        assertThat(state.rescore()).containsExactly(state.infeasibility(), state.objective());
    }
}
