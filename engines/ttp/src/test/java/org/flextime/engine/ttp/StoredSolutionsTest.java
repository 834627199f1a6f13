package org.flextime.engine.ttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flextime.domain.testing.ReferenceData;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.ObjectiveValue;
import org.flextime.rules.robinx.RobinxFormatException;
import org.flextime.rules.robinx.RobinxReader;
import org.flextime.rules.robinx.RobinxWriter;
import org.flextime.rules.robinx.Solution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredSolutionsTest {

    private final RobinxReader reader = new RobinxReader();
    private final TtpRobinx ttp = new TtpRobinx();
    private final TtpEvaluator evaluator = new TtpEvaluator();

    @Test
    void everyStoredSolutionIsFeasibleAndReproducesItsObjective() throws Exception {
        List<Path> instances = ReferenceData.xmlFiles("ttp/instances");
        assertThat(instances).hasSizeGreaterThanOrEqualTo(13);
        for (Path file : instances) {
            Instance robinx = reader.readInstance(file);
            Solution solution = reader.readSolution(ReferenceData.solutionFor(file), robinx);
            TtpEvaluation evaluation = evaluator.evaluate(ttp.instance(robinx, file), ttp.games(solution));
            String name = robinx.name();
            assertThat(evaluation.violations()).as(name).isEmpty();
            assertThat(solution.metaData().objectiveValue()).as(name).isPresent();
            assertThat(evaluation.distance()).as(name)
                    .isEqualTo(solution.metaData().objectiveValue().orElseThrow().objective());
        }
    }

    @Test
    void aWrittenSolutionIsRobinxWithItsObjectiveAndReadsBackIdentically(@TempDir Path tmp) throws Exception {
        Instance nl6 = reader.readInstance(ReferenceData.instance("ttp", "NL6"));
        List<TtpGame> stored = ttp.games(reader.readSolution(ReferenceData.solution("ttp", "NL6"), nl6));
        Path out = tmp.resolve("NL6.xml");

        new RobinxWriter().write(ttp.solution("NL6_copy", "NL6", "FlexTime", stored, new ObjectiveValue(0, 23916)), out);

        assertThat(Files.readString(out)).contains("<ObjectiveValue infeasibility=\"0\" objective=\"23916\"/>");
        Solution back = reader.readSolution(out, nl6);
        assertThat(ttp.games(back)).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(back.games()).isSortedAccordingTo((a, b) -> a.slot() != b.slot()
                ? Integer.compare(a.slot(), b.slot()) : Integer.compare(a.home(), b.home()));
        assertThat(back.metaData().objectiveValue()).hasValue(new ObjectiveValue(0, 23916));
        assertThat(back.metaData().instanceName()).isEqualTo("NL6");
        assertThat(back.metaData().contributor()).isEqualTo("FlexTime");
    }

    @Test
    void readsInstanceParameters() {
        TtpInstance nl4 = ttp.read(ReferenceData.instance("ttp", "NL4"));
        assertThat(nl4.teams()).isEqualTo(4);
        assertThat(nl4.slots()).isEqualTo(6);
        assertThat(nl4.teamNames()).containsExactly("ATL", "NYM", "PHI", "MON");
        assertThat(nl4.travel().leg(0, 3)).isEqualTo(929);
        assertThat(nl4.maxStreak()).isEqualTo(3);
        assertThat(nl4.minSeparation()).isEqualTo(1);
        TtpInstance circ6 = ttp.read(ReferenceData.instance("ttp", "CIRC6"));
        assertThat(circ6.travel().leg(1, 4)).isEqualTo(3);
    }

    @Test
    void anInstanceMissingADistanceIsRejectedByName() throws RobinxFormatException {
        String xml = """
                <Instance><MetaData><InstanceName>GAP</InstanceName></MetaData>
                <Data><Distances><distance dist="5" team1="0" team2="1"/></Distances></Data>
                <Resources><Teams><team id="0" name="A"/><team id="1" name="B"/></Teams></Resources></Instance>
                """;
        Instance gap = reader.readInstance(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "gap.xml");

        assertThatThrownBy(() -> ttp.instance(gap))
                .isInstanceOf(TtpFormatException.class)
                .hasMessage("GAP: missing distance between teams 1 and 0");
    }

    @Test
    void aMissingFileIsOneReadableMessage() {
        assertThatThrownBy(() -> ttp.read(Path.of("/nonexistent/NL4.xml")))
                .isInstanceOf(TtpFormatException.class)
                .hasMessage("no such file: /nonexistent/NL4.xml");
    }
}
