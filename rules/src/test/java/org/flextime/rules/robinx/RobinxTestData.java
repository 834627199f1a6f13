package org.flextime.rules.robinx;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared reference data; a missing location fails the test instead of skipping it. */
final class RobinxTestData {

    private RobinxTestData() {
    }

    /** A file under the directory named by FLEXTIME_DATA. */
    static Path file(String relative) {
        String root = System.getenv("FLEXTIME_DATA");
        if (root == null || root.isBlank()) {
            return fail("FLEXTIME_DATA is not set: it must point at the shared data directory "
                    + "(surefire sets it to <repo>/data)");
        }
        Path file = Path.of(root).resolve(relative);
        if (!Files.exists(file)) {
            return fail("missing shared data file " + file);
        }
        return file;
    }
}
