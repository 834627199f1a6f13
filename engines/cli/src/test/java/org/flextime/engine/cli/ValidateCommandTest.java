package org.flextime.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flextime.domain.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheScoreOfAStoredSolution() {
        int code = run(data("itc2021/instances/ITC2021_Test1.xml"), data("itc2021/solutions/ITC2021_Test1.solution.xml"));

        assertThat(code).isZero();
        assertThat(text(out)).isEqualTo("infeasibility=0 objective=1066" + System.lineSeparator());
        assertThat(text(err)).isEmpty();
    }

    @Test
    void ttpObjectiveIsTheTravelDistance() {
        int code = run(data("ttp/instances/NL4.xml"), data("ttp/solutions/NL4.solution.xml"));

        assertThat(code).isZero();
        assertThat(text(out).strip()).isEqualTo("infeasibility=0 objective=8276");
    }

    @Test
    void wrongArgumentCountIsAUsageError() {
        int code = new ValidateCommand().run(List.of("only-one.xml"), print(out), print(err));

        assertThat(code).isEqualTo(2);
        assertThat(text(out)).isEmpty();
        assertThat(text(err)).isEqualTo("usage: validate INSTANCE.xml SOLUTION.xml" + System.lineSeparator());
    }

    @Test
    void missingFileIsABadFile(@TempDir Path directory) {
        int code = run(data("itc2021/instances/ITC2021_Test1.xml"), directory.resolve("nope.xml").toString());

        assertThat(code).isEqualTo(1);
        assertThat(text(out)).isEmpty();
        assertThat(text(err).lines()).singleElement().asString().contains("no such file", "nope.xml");
    }

    @Test
    void malformedSolutionIsABadFileWithLineAndElement(@TempDir Path directory) throws Exception {
        Path broken = directory.resolve("broken.solution.xml");
        Files.writeString(broken, "<Solution>\n  <Games>\n    <ScheduledMatch home=\"0\" away=\"1\" slot=\"0\">\n</Solution>\n");

        int code = run(data("itc2021/instances/ITC2021_Test1.xml"), broken.toString());

        assertThat(code).isEqualTo(1);
        assertThat(text(err).lines()).singleElement().asString()
                .startsWith("validate: broken.solution.xml line 4: <ScheduledMatch> malformed XML");
    }

    @Test
    void unknownTeamInTheSolutionIsABadFile(@TempDir Path directory) throws Exception {
        Path solution = directory.resolve("s.xml");
        Files.writeString(solution, "<Solution><Games>\n<ScheduledMatch home=\"0\" away=\"17\" slot=\"0\"/>\n</Games></Solution>");

        int code = run(data("itc2021/instances/ITC2021_Test1.xml"), solution.toString());

        assertThat(code).isEqualTo(1);
        assertThat(text(err).strip()).isEqualTo("validate: s.xml line 2: <ScheduledMatch> away='17': no such team");
    }

    @Test
    void infeasibleSolutionStillPrintsItsScore(@TempDir Path directory) throws Exception {
        // drop one game from a stored solution: the format check reports it as hard infeasibility
        Path stored = Path.of(data("itc2021/solutions/TestInstanceDemo.solution.xml"));
        String xml = Files.readString(stored);
        int start = xml.indexOf("<ScheduledMatch");
        int end = xml.indexOf("/>", start) + 2;
        Path solution = directory.resolve("dropped.xml");
        Files.writeString(solution, xml.substring(0, start) + xml.substring(end));

        int code = run(data("itc2021/instances/TestInstanceDemo.xml"), solution.toString());

        assertThat(code).isZero();
        assertThat(text(out).strip()).startsWith("infeasibility=1 objective=");
    }

    private int run(String instance, String solution) {
        return new ValidateCommand().run(List.of(instance, solution), print(out), print(err));
    }

    private static String data(String relative) {
        return ReferenceData.file(relative).toString();
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
