package org.flextime.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code solve} with a fixed seed and a work cap writes exactly the recorded schedule: the recorded runs name the
 * instance, seed, threads, work cap (evaluated moves of the annealers, re-solved neighbourhoods of the CP-SAT
 * engine), both scores, a digest of the written games and the engine ({@code ttp}, {@code anneal} or {@code cpsat}).
 */
class ReproducibleSolveTest {

    private static final Pattern MATCH = Pattern.compile("<ScheduledMatch ([^>]*)/>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern SCORES = Pattern.compile("infeasibility=\"(\\d+)\" objective=\"(\\d+)\"");

    /** One recorded run. */
    record Run(String instance, long seed, int threads, long moves, long infeasibility, long objective,
               String gamesSha256, String engine) {

        @Override
        public String toString() {
            return instance + " " + engine + " seed " + seed + ", " + moves + ("cpsat".equals(engine)
                    ? " iterations" : " moves");
        }

        /** The engine option and the work cap as the command line spells them. */
        List<String> workCap() {
            return switch (engine) {
                case "cpsat" -> List.of("--engine", "cpsat", "--iterations", String.valueOf(moves));
                case "anneal" -> List.of("--engine", "anneal", "--moves", String.valueOf(moves));
                default -> List.of("--moves", String.valueOf(moves));
            };
        }
    }

    static Stream<Run> recordedRuns() throws IOException {
        try (InputStream in = ReproducibleSolveTest.class.getResourceAsStream("reproducible-runs.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("instance,") && !line.isBlank())
                    .map(line -> line.split(","))
                    .map(f -> new Run(f[0], Long.parseLong(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3]),
                            Long.parseLong(f[4]), Long.parseLong(f[5]), f[6], f[7]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordedRuns")
    void aSeededRunWithAMoveCapWritesTheRecordedSchedule(Run run, @TempDir Path tmp) throws IOException {
        Path solution = tmp.resolve(run.instance() + ".solution.xml");
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of(instance(run.instance()).toString(), "--seed",
                String.valueOf(run.seed()), "--threads", String.valueOf(run.threads()), "--seconds", "3600", "--out",
                solution.toString()));
        args.addAll(run.workCap());
        int code = new SolveCommand().run(args,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));

        assertThat(errBytes.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(code).isEqualTo(run.infeasibility() == 0 ? 0 : 1);
        String written = Files.readString(solution);
        Matcher scores = SCORES.matcher(written);
        assertThat(scores.find()).isTrue();
        assertThat(Long.parseLong(scores.group(1))).isEqualTo(run.infeasibility());
        assertThat(Long.parseLong(scores.group(2))).isEqualTo(run.objective());
        assertThat(gamesDigest(written)).isEqualTo(run.gamesSha256());
    }

    private static Path instance(String name) {
        String root = System.getenv("FLEXTIME_DATA");
        if (root == null) {
            throw new IllegalStateException("FLEXTIME_DATA is not set; surefire sets it to <repo>/data");
        }
        Path itc = Path.of(root, "itc2021", "instances", name + ".xml");
        return Files.exists(itc) ? itc : Path.of(root, "ttp", "instances", name + ".xml");
    }

    /** SHA-256 of the games as sorted "slot home away" lines, whatever order and layout the file has. */
    private static String gamesDigest(String solutionXml) {
        Matcher match = MATCH.matcher(solutionXml);
        Stream.Builder<int[]> games = Stream.builder();
        while (match.find()) {
            Matcher attribute = ATTRIBUTE.matcher(match.group(1));
            int slot = -1;
            int home = -1;
            int away = -1;
            while (attribute.find()) {
                int value = Integer.parseInt(attribute.group(2));
                switch (attribute.group(1)) {
                    case "slot" -> slot = value;
                    case "home" -> home = value;
                    case "away" -> away = value;
                    default -> throw new IllegalArgumentException("unexpected attribute " + attribute.group(1));
                }
            }
            games.add(new int[] {slot, home, away});
        }
        StringBuilder lines = new StringBuilder();
        games.build().sorted((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0])
                        : a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[2], b[2]))
                .forEach(g -> lines.append(g[0]).append(' ').append(g[1]).append(' ').append(g[2]).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(lines.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
