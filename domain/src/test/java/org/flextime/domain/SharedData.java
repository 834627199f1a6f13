package org.flextime.domain;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared reference data for tests; a missing location is a failure, never a skip. */
final class SharedData {
    private SharedData() {
    }

    static Path big12() {
        String root = System.getenv("FLEXTIME_DATA");
        if (root == null || root.isBlank()) {
            throw new IllegalStateException("FLEXTIME_DATA is not set; surefire sets it to <repo>/data");
        }
        Path dir = Path.of(root, "big12");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("FLEXTIME_DATA points at " + root + " which has no big12/ folder");
        }
        return dir;
    }
}
