package org.flextime.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.RobinxWriter;
import org.flextime.rules.testing.ContradictoryInstance;
import org.flextime.rules.robinx.ObjectiveValue;
import org.flextime.rules.robinx.RobinxReader;
import org.flextime.rules.robinx.Solution;
import org.flextime.domain.testing.ReferenceData;
import org.flextime.engine.ttp.TtpEvaluator;
import org.flextime.engine.ttp.TtpRobinx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private static Path nl4() {
        return ReferenceData.instance("ttp", "NL4");
    }

    private static Path itc(String name) {
        return ReferenceData.instance("itc2021", name);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void solvesAndWritesARobinxSolutionWithItsObjective(@TempDir Path tmp) throws Exception {
        Path solution = tmp.resolve("sub").resolve("nl4.solution.xml");
        int code = new SolveCommand().run(List.of(nl4().toString(), "--seconds", "1", "--out", solution.toString(),
                "--seed", "3", "--threads", "1"), out, err);
        assertThat(code).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).startsWith("NL4: feasible, objective 8276");
        RobinxReader reader = new RobinxReader();
        Instance robinx = reader.readInstance(nl4());
        Solution written = reader.readSolution(solution, robinx);
        assertThat(written.metaData().objectiveValue()).hasValue(new ObjectiveValue(0, 8276));
        assertThat(written.metaData().instanceName()).isEqualTo("NL4");
        TtpRobinx ttp = new TtpRobinx();
        assertThat(new TtpEvaluator().evaluate(ttp.instance(robinx), ttp.games(written)).distance()).isEqualTo(8276);
        assertThat(Files.readString(solution)).contains("<ObjectiveValue infeasibility=\"0\" objective=\"8276\"/>");
    }

    @Test
    void missingInstanceIsOneReadableLine() {
        int code = new SolveCommand().run(List.of("/nonexistent/NL4.xml", "--seconds", "1"), out, err);
        assertThat(code).isNotZero();
        assertThat(err()).isEqualTo("solve: no such file: /nonexistent/NL4.xml" + System.lineSeparator());
    }

    @Test
    void badOptionsAreOneReadableLine() {
        assertThat(new SolveCommand().run(List.of(nl4().toString(), "--seconds", "soon"), out, err)).isEqualTo(2);
        assertThat(new SolveCommand().run(List.of(nl4().toString(), "--threads"), out, err)).isEqualTo(2);
        assertThat(new SolveCommand().run(List.of(nl4().toString(), "--frobnicate"), out, err)).isEqualTo(2);
        assertThat(err().lines()).containsExactly(
                "solve: --seconds expects a number, got \"soon\" (" + SolveCommand.USAGE + ")",
                "solve: --threads needs a value (" + SolveCommand.USAGE + ")",
                "solve: unknown option --frobnicate (" + SolveCommand.USAGE + ")");
    }

    @Test
    void notAnInstanceIsOneReadableLine(@TempDir Path tmp) throws IOException {
        Path bogus = Files.writeString(tmp.resolve("bogus.xml"), "<Solution><Games/></Solution>");
        int code = new SolveCommand().run(List.of(bogus.toString(), "--seconds", "1"), out, err);
        assertThat(code).isEqualTo(1);
        assertThat(err().lines()).hasSize(1);
        assertThat(err()).isEqualTo("solve: bogus.xml line 1: <Solution> expected root element <Instance>"
                + System.lineSeparator());
    }

    @Test
    void solvesAnItc2021InstanceAndWritesASolutionThatValidatesToThePrintedScores(@TempDir Path tmp)
            throws Exception {
        Path solution = tmp.resolve("test1.solution.xml");
        // an iteration cap (with an ample time limit) makes the run reproducible and independent of the machine
        int code = new SolveCommand().run(List.of(itc("ITC2021_Test1").toString(), "--seconds", "600", "--iterations",
                "5", "--threads", "1", "--seed", "5", "--out", solution.toString()), out, err);
        assertThat(err()).isEmpty();
        Matcher printed = Pattern.compile("^Test Instance 1: (feasible|INFEASIBLE), infeasibility=(\\d+) "
                + "objective=(\\d+), time to best [0-9.]+ s, first feasible ([0-9.]+ s|never)\\R"
                + "wrote .*test1\\.solution\\.xml\\R$").matcher(out());
        assertThat(printed.matches()).as(out()).isTrue();
        long infeasibility = Long.parseLong(printed.group(2));
        long objective = Long.parseLong(printed.group(3));
        assertThat(code).isEqualTo(infeasibility == 0 ? 0 : 1);

        // what `validate INSTANCE SOLUTION` does: read both, evaluate with the rules module
        RobinxReader reader = new RobinxReader();
        Instance instance = reader.readInstance(itc("ITC2021_Test1"));
        Solution written = reader.readSolution(solution, instance);
        Evaluation evaluation = new ItcEvaluator().evaluate(instance, written);
        assertThat(evaluation.infeasibility()).isEqualTo(infeasibility);
        assertThat(evaluation.objective()).isEqualTo(objective);
        assertThat(written.metaData().objectiveValue()).hasValue(new ObjectiveValue(infeasibility, objective));
        assertThat(written.metaData().instanceName()).isEqualTo("Test Instance 1");
        assertThat(Files.readString(solution)).contains("<ObjectiveValue infeasibility=\"" + infeasibility
                + "\" objective=\"" + objective + "\"");
    }

    @Test
    void hardRulesThatCannotAllHoldAreNamedAndNothingIsWritten(@TempDir Path tmp) throws IOException {
        // team 0 must host in slots 0 and 1 (CA1) but may not have a home break in slot 1 (BR1)
        Instance contradictory = ContradictoryInstance.of(1, 2);
        String xml = new RobinxWriter().toXml(contradictory);
        Path file = Files.writeString(tmp.resolve("contradictory.xml"), xml);
        Path solution = tmp.resolve("contradictory.solution.xml");

        int code = new SolveCommand().run(List.of(file.toString(), "--seconds", "60", "--threads", "1", "--out",
                solution.toString()), out, err);

        assertThat(code).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(solution).doesNotExist();
        // rules are named by their line in the file
        assertThat(err()).isEqualTo("solve: Contradictory: the HARD rules cannot all hold: CA1@" + lineOf(xml, "<CA1")
                + " on Team 0, slots 0-1 and BR1@" + lineOf(xml, "<BR1") + " on Team 0, slots 1 cannot both hold"
                + System.lineSeparator());
    }

    private static int lineOf(String xml, String element) {
        List<String> lines = xml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(element)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(element + " not in the document");
    }

    @Test
    void aMoveCapIsForTheAnnealerNotTheCpSatEngine() {
        assertThat(new SolveCommand().run(List.of(itc("ITC2021_Test1").toString(), "--moves", "100"), out, err))
                .isEqualTo(2);
        assertThat(err()).isEqualTo("solve: --moves caps the annealers; the CP-SAT engine takes --iterations ("
                + SolveCommand.USAGE + ")" + System.lineSeparator());
    }

    @Test
    void itcBadMoveCapIsAUsageError() {
        assertThat(new SolveCommand().run(List.of(itc("ITC2021_Test1").toString(), "--moves", "0"), out, err))
                .isEqualTo(2);
        assertThat(err()).isEqualTo("solve: --moves must be at least 1, got 0 (" + SolveCommand.USAGE + ")"
                + System.lineSeparator());
    }
}
