package org.flextime.engine.conflicts.resolution;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The resolution strategies there are: the built-in ones and those of every jar in a plug-in folder, found with
 * {@link ServiceLoader}. A strategy whose name is taken already (the built-ins come first) or that cannot be loaded is
 * left out and named in {@link #problems()}, so one bad jar never hides the others. Immutable: reloading the folder
 * is a new catalog.
 */
public final class StrategyCatalog {

    /** Where a strategy came from: built in, or the jar file's name. */
    public record Entry(ResolutionStrategy strategy, String origin) {
    }

    private final Map<String, Entry> entries;
    private final List<String> problems;

    private StrategyCatalog(Map<String, Entry> entries, List<String> problems) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.problems = List.copyOf(problems);
    }

    /** The built-in strategies alone. */
    public static StrategyCatalog builtIn() {
        return load(null);
    }

    /** The built-in strategies and those of the {@code *.jar} files in {@code folder} (null or missing: none). */
    public static StrategyCatalog load(Path folder) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        ClassLoader own = ResolutionStrategy.class.getClassLoader();
        add(ServiceLoader.load(ResolutionStrategy.class, own), "built-in", entries, problems);
        for (Path jar : jars(folder, problems)) {
            try {
                // one loader per jar, so a jar's strategies are told apart and one broken jar spoils no other; it stays open
                // while the catalog is in use, as its strategies load classes lazily
                URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, own);
                List<ResolutionStrategy> found = new ArrayList<>();
                ServiceLoader<ResolutionStrategy> services = ServiceLoader.load(ResolutionStrategy.class, loader);
                services.stream().filter(p -> p.type().getClassLoader() == loader).forEach(p -> {
                    try {
                        found.add(p.get());
                    } catch (ServiceConfigurationError | RuntimeException e) {
                        problems.add(jar.getFileName() + ": " + p.type().getName() + " cannot be created: " + e.getMessage());
                    }
                });
                add(found, jar.getFileName().toString(), entries, problems);
            } catch (MalformedURLException | ServiceConfigurationError e) {
                problems.add(jar.getFileName() + ": " + e.getMessage());
            }
        }
        return new StrategyCatalog(entries, problems);
    }

    /** Every strategy by name, built-in ones first, then by jar. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** The strategy with this name. */
    public Optional<Entry> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** What could not be loaded, and why. */
    public List<String> problems() {
        return problems;
    }

    private static void add(Iterable<ResolutionStrategy> found, String origin, Map<String, Entry> entries, List<String> problems) {
        try {
            for (ResolutionStrategy s : found) {
                String name = s.name();
                if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
                    problems.add(origin + ": " + s.getClass().getName() + " has no valid name (lower case, digits, hyphens): " + name);
                } else if (entries.containsKey(name)) {
                    problems.add(origin + ": " + s.getClass().getName() + " is named " + name + ", which "
                            + entries.get(name).origin() + " has already");
                } else {
                    entries.put(name, new Entry(s, origin));
                }
            }
        } catch (ServiceConfigurationError | RuntimeException e) {
            problems.add(origin + ": " + e.getMessage());
        }
    }

    private static List<Path> jars(Path folder, List<String> problems) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            problems.add(folder + ": " + e.getMessage());
            return List.of();
        }
    }
}
