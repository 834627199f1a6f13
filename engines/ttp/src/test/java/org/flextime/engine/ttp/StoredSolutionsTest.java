package org.flextime.engine.ttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StoredSolutionsTest {

    private final TtpInstanceReader instances = new TtpInstanceReader();
    private final TtpSolutionIo io = new TtpSolutionIo();
    private final TtpEvaluator evaluator = new TtpEvaluator();

    @Test
    void everyStoredSolutionIsFeasibleAndReproducesItsObjective() throws IOException {
        Path dir = SharedTtpData.ttpDir();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir.resolve("solutions"))) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".solution.xml")).sorted().toList();
        }
        assertThat(files).as("stored solutions in " + dir).hasSizeGreaterThanOrEqualTo(13);
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".solution.xml", "");
            TtpInstance instance = instances.read(dir.resolve("instances").resolve(name + ".xml"));
            TtpSolution solution = io.read(file);
            TtpEvaluation evaluation = evaluator.evaluate(instance, solution.games());
            assertThat(evaluation.violations()).as(name).isEmpty();
            assertThat(solution.statedObjective()).as(name).isPresent();
            assertThat(evaluation.distance()).as(name).isEqualTo(solution.statedObjective().getAsLong());
        }
    }

    @Test
    void writtenSolutionReadsBackIdentically(@org.junit.jupiter.api.io.TempDir Path tmp) {
        Path dir = SharedTtpData.ttpDir();
        TtpSolution stored = io.read(dir.resolve("solutions").resolve("NL6.solution.xml"));
        Path out = tmp.resolve("sub").resolve("NL6.xml");
        io.write(out, "NL6_copy", "NL6", "FlexTime", stored.games(), 23916, 0);
        TtpSolution back = io.read(out);
        assertThat(back.games()).containsExactlyInAnyOrderElementsOf(stored.games());
        assertThat(back.statedObjective()).hasValue(23916);
        assertThat(back.instanceName()).isEqualTo("NL6");
    }

    @Test
    void readsInstanceParameters() {
        TtpInstance nl4 = instances.read(SharedTtpData.instance("NL4"));
        assertThat(nl4.teams()).isEqualTo(4);
        assertThat(nl4.slots()).isEqualTo(6);
        assertThat(nl4.teamNames()).containsExactly("ATL", "NYM", "PHI", "MON");
        assertThat(nl4.distance(0, 3)).isEqualTo(929);
        assertThat(nl4.maxStreak()).isEqualTo(3);
        assertThat(nl4.minSeparation()).isEqualTo(1);
        TtpInstance circ6 = instances.read(SharedTtpData.instance("CIRC6"));
        assertThat(circ6.distance(1, 4)).isEqualTo(3);
    }
}
