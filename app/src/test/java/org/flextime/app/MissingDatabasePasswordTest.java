package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A service pointed at PostgreSQL without a password does not start: one readable line and a non-zero exit. */
class MissingDatabasePasswordTest {

    @Test
    void aServiceWithoutItsDatabasePasswordExitsWithOneLineNamingTheVariable() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                FlexTime.class.getName(), "service", "scheduler");
        builder.environment().remove("FLEXTIME_DB_PASSWORD");
        builder.environment().put("FLEXTIME_DB_URL", "jdbc:postgresql://127.0.0.1:1/flextime");
        builder.environment().put("FLEXTIME_PORT", "1");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("flextime: FLEXTIME_DB_PASSWORD is not set: the database at "
                + "jdbc:postgresql://127.0.0.1:1/flextime needs its password");
        assertThat(out).isEmpty();
    }
}
