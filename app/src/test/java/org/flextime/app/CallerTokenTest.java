package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which token the command-line clients send: the variable, else the named file, else the data folder's admin token. */
class CallerTokenTest {

    @Test
    void theVariableWinsOverEveryFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("admin.token"), "from-file\n");
        assertThat(CallerToken.from(Map.of("FLEXTIME_TOKEN", " t1 ", "FLEXTIME_DATA_DIR", dir.toString()))).isEqualTo("t1");
    }

    @Test
    void aNamedFileWinsOverTheDataFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("admin.token"), "admin\n");
        Files.writeString(dir.resolve("mine"), "mine\n");
        assertThat(CallerToken.from(Map.of("FLEXTIME_TOKEN_FILE", dir.resolve("mine").toString(), "FLEXTIME_DATA_DIR", dir.toString())))
                .isEqualTo("mine");
    }

    @Test
    void theDataFoldersAdminTokenIsTheDefaultAndNoneIsNull(@TempDir Path dir) throws Exception {
        assertThat(CallerToken.from(Map.of("FLEXTIME_DATA_DIR", dir.toString()))).isNull();
        Files.writeString(dir.resolve("admin.token"), "admin\n");
        assertThat(CallerToken.from(Map.of("FLEXTIME_DATA_DIR", dir.toString()))).isEqualTo("admin");
    }
}
