package org.flextime.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seasons the product knows: its bundled demo data or the season files of a directory. */
public final class SeasonCatalog {
    private static final String BUNDLE = "/org/flextime/domain/big12/";
    /** Classpath folders cannot be listed portably (they may sit in a jar), so the bundle has an index. */
    private static final String INDEX = "seasons.txt";

    private final Map<String, Season> seasons;

    private SeasonCatalog(Map<String, Season> seasons) {
        this.seasons = Collections.unmodifiableMap(new LinkedHashMap<>(seasons));
    }

    /** The seasons shipped with the product, read from the classpath (see PROVENANCE.md there). */
    public static SeasonCatalog bundled() {
        String index = resource(INDEX);
        Map<String, Season> found = new LinkedHashMap<>();
        for (String line : index.split("\n")) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith("#")) {
                Season s = load(name, resource(name), SeasonCatalog::resource);
                found.put(s.id(), s);
            }
        }
        return new SeasonCatalog(found);
    }

    /**
     * The bundled seasons as self-contained documents ({@link SeasonDocuments}), keyed by season id: each season file with
     * its {@code schools} file name replaced by the schools themselves. schools.csv gives no arena coordinates, so an
     * arena is placed on its campus, as {@link SchoolsReader} does.
     */
    public static Map<String, String> bundledDocuments() {
        Map<String, String> found = new LinkedHashMap<>();
        for (String line : resource(INDEX).split("\n")) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith("#")) {
                JsonNode document = SeasonDocuments.inline(name, resource(name), SeasonCatalog::resource);
                found.put(document.get("season").asString(), document.toString());
            }
        }
        return Collections.unmodifiableMap(found);
    }

    /** The seasons of every season-*.json file in a directory laid out like shared/data/big12. */
    public static SeasonCatalog fromDirectory(Path big12Dir) {
        if (!Files.isDirectory(big12Dir)) {
            throw new SeasonDataException(big12Dir.toString(), "(directory)", "is not a directory");
        }
        Map<String, Season> found = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(big12Dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("season-.*\\.json")).sorted().toList()) {
                Season s = load(p.getFileName().toString(), read(p), name -> read(big12Dir.resolve(name)));
                found.put(s.id(), s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + big12Dir, e);
        }
        if (found.isEmpty()) {
            throw new SeasonDataException(big12Dir.toString(), "season-*.json", "no season file in the directory");
        }
        return new SeasonCatalog(found);
    }

    /** The season with the given id, e.g. "2025-26". */
    public Optional<Season> find(String seasonId) {
        return Optional.ofNullable(seasons.get(seasonId));
    }

    /** The ids of every season in the catalog, in load order. */
    public Set<String> seasonIds() {
        return seasons.keySet();
    }

    private static Season load(String fileName, String seasonText, Function<String, String> sibling) {
        String schoolsFile = schoolsFileOf(fileName, seasonText);
        Map<String, Team> teams = SeasonReader.readSchools(schoolsFile, sibling.apply(schoolsFile));
        return SeasonReader.readSeason(fileName, seasonText, teams);
    }

    /** The season file names its schools file ("schools": "schools.csv"); only that field is read here. */
    static String schoolsFileOf(String fileName, String seasonText) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(seasonText);
        } catch (JacksonException e) {
            throw new SeasonDataException(fileName, "(document)", "not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode schools = root.get("schools");
        if (schools == null || !schools.isString() || !schools.stringValue().matches("[A-Za-z0-9._-]+")) {
            throw new SeasonDataException(fileName, "schools", "expected the name of the schools file, e.g. \"schools.csv\"");
        }
        return schools.stringValue();
    }

    private static String resource(String name) {
        try (InputStream in = SeasonCatalog.class.getResourceAsStream(BUNDLE + name)) {
            if (in == null) {
                throw new SeasonDataException(BUNDLE + name, "(file)", "missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLE + name, e);
        }
    }

    private static String read(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new SeasonDataException(p.toString(), "(file)", "does not exist");
        }
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
