package org.flextime.rules.itc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flextime.domain.testing.ReferenceData;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.ObjectiveValue;
import org.flextime.rules.robinx.RobinxReader;
import org.flextime.rules.robinx.Solution;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every stored solution scores exactly the infeasibility and objective recorded in its metadata. */
class ParityTest {

    private final RobinxReader reader = new RobinxReader();
    private final ItcEvaluator evaluator = new ItcEvaluator();

    @TestFactory
    Stream<DynamicTest> itc2021SolutionsReproduceTheirRecordedScores() throws IOException {
        return parity(ReferenceData.xmlFiles("itc2021/instances"));
    }

    @TestFactory
    Stream<DynamicTest> ttpSolutionsReproduceTheirRecordedTravelDistance() throws IOException {
        return parity(ReferenceData.xmlFiles("ttp/instances"));
    }

    private Stream<DynamicTest> parity(List<Path> instances) {
        return instances.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            Path solutionFile = ReferenceData.solutionFor(file);
            assertThat(solutionFile).as("solution for %s", file.getFileName()).exists();
            Instance instance = reader.readInstance(file);
            Solution solution = reader.readSolution(solutionFile, instance);
            ObjectiveValue recorded = solution.metaData().objectiveValue()
                    .orElseThrow(() -> new AssertionError(solutionFile + " has no <ObjectiveValue>"));

            Evaluation evaluation = evaluator.evaluate(instance, solution);

            assertThat(new ObjectiveValue(evaluation.infeasibility(), evaluation.objective()))
                    .as("%s: expected %s, violations %s", file.getFileName(), recorded, evaluation.violations())
                    .isEqualTo(recorded);
        }));
    }
}
