package org.flextime.engine.ttp;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared TTP reference data; fails loudly instead of letting tests skip. */
final class SharedTtpData {

    private SharedTtpData() {
    }

    /** The ttp directory under FLEXTIME_DATA. */
    static Path ttpDir() {
        String root = System.getenv("FLEXTIME_DATA");
        if (root == null || root.isBlank()) {
            throw new IllegalStateException("FLEXTIME_DATA is not set; surefire sets it to <repo>/data");
        }
        Path dir = Path.of(root).resolve("ttp");
        if (!Files.isDirectory(dir.resolve("instances")) || !Files.isDirectory(dir.resolve("solutions"))) {
            throw new IllegalStateException("TTP reference data missing under " + dir.toAbsolutePath());
        }
        return dir;
    }

    /** An instance file by name, e.g. NL4. */
    static Path instance(String name) {
        return ttpDir().resolve("instances").resolve(name + ".xml");
    }
}
