package org.flextime.rules.itc;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the shared reference data; a missing location fails the test instead of skipping it. */
final class SharedData {

    private SharedData() {
    }

    /** The directory named by FLEXTIME_DATA, which must exist. */
    static Path root() {
        String value = System.getenv("FLEXTIME_DATA");
        if (value == null || value.isBlank()) {
            return fail("FLEXTIME_DATA is not set: it must point at the shared data directory "
                    + "(surefire sets it to <repo>/data)");
        }
        Path root = Path.of(value);
        if (!Files.isDirectory(root)) {
            return fail("FLEXTIME_DATA=" + value + " is not a directory");
        }
        return root;
    }

    /** The *.xml files of a directory under the root, sorted by name; the directory must hold some. */
    static List<Path> xmlFiles(String relativeDirectory) throws IOException {
        Path directory = root().resolve(relativeDirectory);
        if (!Files.isDirectory(directory)) {
            return fail("missing directory " + directory);
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
            if (found.isEmpty()) {
                return fail("no instances in " + directory);
            }
            return found;
        }
    }

    /** "X.xml" in instances/ pairs with "X.solution.xml" in the sibling solutions/ directory. */
    static Path solutionFor(Path instance) {
        String name = instance.getFileName().toString();
        String base = name.substring(0, name.length() - ".xml".length());
        return instance.getParent().resolveSibling("solutions").resolve(base + ".solution.xml");
    }
}
