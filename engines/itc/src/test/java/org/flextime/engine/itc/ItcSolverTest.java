package org.flextime.engine.itc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.ObjectiveValue;
import org.flextime.rules.robinx.RobinxReader;
import org.flextime.rules.robinx.RobinxWriter;
import org.flextime.rules.robinx.ScheduledMatch;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.SolutionMetaData;
import org.junit.jupiter.api.Test;

/** The solver on a hand-made instance with a known optimum and on shipped instances, with move caps (no timing). */
class ItcSolverTest {

    /** A budget no test reaches: the move cap ends every run. */
    private static final Duration AMPLE = Duration.ofMinutes(10);

    /**
     * Four teams, six slots, phased. Team 0 plays c home games in slots 0-2: one SOFT CA1 costs 3 per home game
     * there, another 2 per game short of 3, so the cost is 3c + 2(3 - c) = 6 + c, least (6) with c = 0, which a
     * phased season allows (team 0 away to all three opponents in the first half). Two HARD constraints (team 1
     * not at home in slot 0, team 2 hosts team 3 in slot 5) hold together with that. Optimum: 0 / 6.
     */
    static final String TINY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Instance>
              <MetaData><InstanceName>Tiny</InstanceName></MetaData>
              <Structure>
                <Format leagueIds="0">
                  <numberRoundRobin>2</numberRoundRobin>
                  <compactness>C</compactness>
                  <gameMode>P</gameMode>
                </Format>
              </Structure>
              <ObjectiveFunction><Objective>SC</Objective></ObjectiveFunction>
              <Resources>
                <Leagues><league id="0" name="League 0"/></Leagues>
                <Teams>
                  <team id="0" league="0" name="Team 0"/>
                  <team id="1" league="0" name="Team 1"/>
                  <team id="2" league="0" name="Team 2"/>
                  <team id="3" league="0" name="Team 3"/>
                </Teams>
                <Slots>
                  <slot id="0" name="Slot 0"/>
                  <slot id="1" name="Slot 1"/>
                  <slot id="2" name="Slot 2"/>
                  <slot id="3" name="Slot 3"/>
                  <slot id="4" name="Slot 4"/>
                  <slot id="5" name="Slot 5"/>
                </Slots>
              </Resources>
              <Constraints>
                <CapacityConstraints>
                  <CA1 max="0" min="0" mode="H" penalty="3" slots="0;1;2" teams="0" type="SOFT"/>
                  <CA1 max="3" min="3" mode="H" penalty="2" slots="0;1;2" teams="0" type="SOFT"/>
                  <CA1 max="0" min="0" mode="H" penalty="1" slots="0" teams="1" type="HARD"/>
                </CapacityConstraints>
                <GameConstraints>
                  <GA1 max="1" meetings="2,3;" min="1" penalty="1" slots="5" type="HARD"/>
                </GameConstraints>
              </Constraints>
            </Instance>
            """;

    private final ItcEvaluator evaluator = new ItcEvaluator();

    static Instance tiny() throws Exception {
        return new RobinxReader().readInstance(new ByteArrayInputStream(TINY.getBytes(StandardCharsets.UTF_8)),
                "tiny.xml");
    }

    @Test
    void findsTheKnownOptimumOfTheTinyInstance() throws Exception {
        Instance instance = tiny();
        ItcResult result = new ItcSolver().solve(instance, new ItcSolverConfig(AMPLE, 1, 20_000));
        assertThat(result.infeasibility()).isZero();
        assertThat(result.objective()).isEqualTo(6);
        assertThat(result.timeToFirstFeasible()).isPresent();
        Evaluation evaluation = evaluator.evaluate(instance, solution(result));
        assertThat(evaluation.infeasibility()).isZero();
        assertThat(evaluation.objective()).isEqualTo(6);
        for (ScheduledMatch game : result.games()) {
            if (game.slot() < 3) {
                assertThat(game.home()).as("team 0 is away throughout the first half").isNotEqualTo(0);
            }
        }
    }

    @Test
    void reportsWhatTheEvaluatorSaysAndStopsAtTheMoveCap() {
        for (String name : new String[] {"ITC2021_Test1", "ITC2021_Test2", "ITC2021_Test5"}) {
            Instance instance = SharedItcData.instance(name);
            ItcResult result = new ItcSolver().solve(instance, new ItcSolverConfig(AMPLE, 7, 30_000));
            assertThat(result.evaluatedMoves()).isEqualTo(30_000);
            Evaluation evaluation = evaluator.evaluate(instance, solution(result));
            assertThat(evaluation.violationsOf("FORMAT")).isEmpty();
            assertThat(evaluation.infeasibility()).as(name).isEqualTo(result.infeasibility());
            assertThat(evaluation.objective()).as(name).isEqualTo(result.objective());
        }
    }

    @Test
    void aMoveCapMakesARunReproducible() {
        Instance instance = SharedItcData.instance("ITC2021_Test1");
        ItcResult first = new ItcSolver().solve(instance, new ItcSolverConfig(AMPLE, 42, 20_000));
        ItcResult second = new ItcSolver().solve(instance, new ItcSolverConfig(AMPLE, 42, 20_000));
        assertThat(second.games()).isEqualTo(first.games());
        assertThat(second.objective()).isEqualTo(first.objective());
    }

    @Test
    void theWrittenSolutionReadsBackAndValidatesToTheSameScores() throws Exception {
        Instance instance = SharedItcData.instance("ITC2021_Test1");
        ItcResult result = new ItcSolver().solve(instance, new ItcSolverConfig(AMPLE, 3, 20_000));
        Solution written = solution(result)
                .withObjectiveValue(new ObjectiveValue(result.infeasibility(), result.objective()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new RobinxWriter().write(written, bytes);
        Solution reread = new RobinxReader().readSolution(new ByteArrayInputStream(bytes.toByteArray()), "x.xml",
                instance);
        assertThat(reread.games()).containsExactlyInAnyOrderElementsOf(result.games());
        assertThat(reread.metaData().objectiveValue())
                .hasValue(new ObjectiveValue(result.infeasibility(), result.objective()));
        Evaluation evaluation = evaluator.evaluate(instance, reread);
        assertThat(evaluation.infeasibility()).isEqualTo(result.infeasibility());
        assertThat(evaluation.objective()).isEqualTo(result.objective());
    }

    @Test
    void rejectsWhatIsNotACompactDoubleRoundRobin() throws Exception {
        Instance odd = new RobinxReader().readInstance(new ByteArrayInputStream(TINY
                .replace("<team id=\"3\" league=\"0\" name=\"Team 3\"/>", "")
                .replace("meetings=\"2,3;\"", "meetings=\"2,1;\"")
                .getBytes(StandardCharsets.UTF_8)), "odd.xml");
        assertThatThrownBy(() -> new ItcSolver().solve(odd, new ItcSolverConfig(AMPLE, 1, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("even number of teams");
    }

    private static Solution solution(ItcResult result) {
        return new Solution(SolutionMetaData.forInstance("test"), result.games());
    }
}
