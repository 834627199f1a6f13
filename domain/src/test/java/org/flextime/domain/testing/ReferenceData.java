package org.flextime.domain.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one way tests find the repository's reference data: the directory named by {@code FLEXTIME_DATA}, which
 * surefire and failsafe set to {@code <repo>/data}. Anything missing is an {@link IllegalStateException}, so a
 * test without its data fails instead of skipping or passing on nothing.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    /** The data directory. */
    public static Path root() {
        String value = System.getenv("FLEXTIME_DATA");
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("FLEXTIME_DATA is not set: it must point at the reference data "
                    + "directory (surefire and failsafe set it to <repo>/data)");
        }
        Path root = Path.of(value);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("FLEXTIME_DATA=" + value + " is not a directory");
        }
        return root;
    }

    /** A directory under the data directory, e.g. {@code "big12"}. */
    public static Path directory(String relative) {
        Path directory = root().resolve(relative);
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("missing reference data directory " + directory);
        }
        return directory;
    }

    /** A file under the data directory, e.g. {@code "ttp/instances/NL4.xml"}. */
    public static Path file(String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing reference data file " + file);
        }
        return file;
    }

    /** The {@code *.xml} files of a directory under the data directory, by name; there must be some. */
    public static List<Path> xmlFiles(String relativeDirectory) {
        Path directory = directory(relativeDirectory);
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("no .xml files in " + directory);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** The RobinX instance {@code NAME.xml} of a collection ({@code "ttp"}, {@code "itc2021"}). */
    public static Path instance(String collection, String name) {
        return file(collection + "/instances/" + name + ".xml");
    }

    /** The stored solution {@code NAME.solution.xml} of a collection's instance. */
    public static Path solution(String collection, String name) {
        return file(collection + "/solutions/" + name + ".solution.xml");
    }

    /** The stored solution paired with an instance file: {@code X.xml} in instances/ and {@code X.solution.xml} in solutions/. */
    public static Path solutionFor(Path instance) {
        String name = instance.getFileName().toString();
        String base = name.substring(0, name.length() - ".xml".length());
        Path solution = instance.getParent().resolveSibling("solutions").resolve(base + ".solution.xml");
        if (!Files.isRegularFile(solution)) {
            throw new IllegalStateException("missing reference solution " + solution);
        }
        return solution;
    }
}
