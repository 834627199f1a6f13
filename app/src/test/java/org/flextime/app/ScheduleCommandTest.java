package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.flextime.scheduler.export.ExportFormat;
import org.junit.jupiter.api.Test;

/** {@code schedule}'s command line, without a server: the format from the file name, and usage errors in one line. */
class ScheduleCommandTest {

    private static String usageError(List<String> args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ScheduleCommand().run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theOutputsExtensionChoosesTheExport() {
        ScheduleCommand.Options options = ScheduleCommand.parse(List.of("--season", "2025-26", "--sport", "MBB", "--teams", "KU,KSU",
                "--out", "pod.ics", "--url", "http://localhost:9090/"));

        assertThat(options.format()).isEqualTo(ExportFormat.ICS);
        assertThat(options.teams()).containsExactly("KU", "KSU");
        assertThat(options.url()).isEqualTo("http://localhost:9090");
    }

    @Test
    void anInstanceTakesTheSolversSeedAndMoveCap() {
        ScheduleCommand.Options options = ScheduleCommand.parse(List.of("--instance", "robinx:NL4", "--seed", "3", "--moves", "1000",
                "--out", "nl4.xml"));

        assertThat(options.format()).isEqualTo(ExportFormat.ROBINX);
        assertThat(options.solverOptions()).containsEntry("seed", 3L).containsEntry("moves", 1000L);
    }

    @Test
    void anItc2021InstanceTakesTheEngineItsIterationCapAndThreads() {
        ScheduleCommand.Options options = ScheduleCommand.parse(List.of("--instance", "robinx:ITC2021_Test1", "--engine", "cpsat",
                "--iterations", "5", "--threads", "1", "--out", "t1.xml"));

        assertThat(options.solverOptions()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("engine", "cpsat", "iterations", 5L, "threads", 1L));
    }

    @Test
    void anOutputWithoutAKnownExtensionIsAUsageError() {
        assertThat(usageError(List.of("--season", "2025-26", "--sport", "MBB", "--out", "schedule.pdf")))
                .startsWith("schedule: cannot tell the format from schedule.pdf").hasLineCount(1);
    }

    @Test
    void aSeasonWithoutASportIsAUsageError() {
        assertThat(usageError(List.of("--season", "2025-26", "--out", "s.csv"))).startsWith("schedule: give --season and --sport");
    }

    @Test
    void noServerIsOneLineAndExitOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new ScheduleCommand().run(List.of("--url", "http://127.0.0.1:9", "--season", "2025-26", "--sport", "MBB",
                "--out", "s.csv"), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("schedule: no FlexTime answers at http://127.0.0.1:9 (start it with "
                + "./flextime start)\n");
    }
}
