package org.flextime.rules.robinx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.flextime.domain.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobinxWriterTest {

    private final RobinxReader reader = new RobinxReader();
    private final RobinxWriter writer = new RobinxWriter();

    @Test
    void storedSolutionRoundTripsThroughTheWriter() throws Exception {
        Instance instance = reader.readInstance(ReferenceData.file("itc2021/instances/ITC2021_Test5.xml"));
        Solution original = reader.readSolution(ReferenceData.file("itc2021/solutions/ITC2021_Test5.solution.xml"),
                instance);

        Solution reread = reader.readSolution(stream(writer.toXml(original)), "written.xml", instance);

        assertThat(reread).isEqualTo(original);
        assertThat(reread.metaData().objectiveValue()).contains(new ObjectiveValue(0, 2));
        assertThat(reread.games()).hasSize(instance.teamCount() * (instance.teamCount() - 1));
    }

    @Test
    void writesTheObjectiveValueAndEscapesText(@TempDir Path directory) throws Exception {
        Solution solution = new Solution(
                new SolutionMetaData("run <1>", "Tiny & Co", "FlexTime", "", Optional.empty(), "note \"quoted\""),
                List.of(new ScheduledMatch(0, 1, 0), new ScheduledMatch(1, 0, 1)))
                .withObjectiveValue(new ObjectiveValue(3, 42));
        Path file = directory.resolve("out.solution.xml");

        writer.write(solution, file);
        String xml = Files.readString(file);
        Solution reread = reader.readSolution(Files.newInputStream(file), "out.solution.xml");

        assertThat(xml).contains("<ObjectiveValue infeasibility=\"3\" objective=\"42\"/>")
                .contains("<ScheduledMatch home=\"0\" away=\"1\" slot=\"0\"/>")
                .contains("Tiny &amp; Co");
        assertThat(reread).isEqualTo(solution);
    }

    @Test
    void solutionWithoutMetadataRoundTrips() throws Exception {
        Solution bare = new Solution(SolutionMetaData.forInstance(""), List.of(new ScheduledMatch(2, 3, 4)));

        assertThat(reader.readSolution(stream(writer.toXml(bare)), "bare.xml")).isEqualTo(bare);
    }

    @org.junit.jupiter.api.TestFactory
    java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> everyShippedInstanceRoundTripsThroughTheWriter() throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (String dir : List.of("itc2021/instances", "ttp/instances")) {
            try (var list = Files.list(ReferenceData.directory(dir))) {
                list.filter(f -> f.toString().endsWith(".xml")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(22);
        return files.stream().map(file -> org.junit.jupiter.api.DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Instance original = reader.readInstance(file);
            String xml = writer.toXml(original);
            Instance reread = reader.readInstance(stream(xml), "written.xml");
            assertThat(reread.name()).isEqualTo(original.name());
            assertThat(reread.objective()).isEqualTo(original.objective());
            assertThat(reread.roundRobins()).isEqualTo(original.roundRobins());
            assertThat(reread.compact()).isEqualTo(original.compact());
            assertThat(reread.gameMode()).isEqualTo(original.gameMode());
            assertThat(reread.teams()).isEqualTo(original.teams());
            assertThat(reread.slots()).isEqualTo(original.slots());
            assertThat(reread.distances()).isEqualTo(original.distances());
            assertThat(reread.constraints()).hasSameSizeAs(original.constraints());
            for (int i = 0; i < original.constraints().size(); i++) {
                assertThat(reread.constraints().get(i)).as("constraint %d of %s", i, file.getFileName())
                        .usingRecursiveComparison().ignoringFields("line").isEqualTo(original.constraints().get(i));
            }
            // and written again, the text is the same: the writer is deterministic
            assertThat(writer.toXml(reread)).isEqualTo(xml);
        }));
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
