package org.flextime.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seasons as self-contained JSON documents (the bundled file's format with the schools inline): what the scheduler
 * stores and the schedule-creation saga carries to every service. Reading checks everything a season must hold and
 * names the JSON path at fault ({@link SeasonDataException#field()}, e.g. {@code sports[2].window.from}).
 *
 * <p>An instance is a small cache of parsed seasons keyed by (id, version), so a service parses each stored version once
 * however many schedules are judged by it; it keeps the most recently used {@code capacity} seasons.
 */
public final class SeasonDocuments {
    private static final String NAME = "season document";

    private final int capacity;
    private final Map<String, Parsed> parsed;

    private record Parsed(JsonNode document, Season season) {
    }

    /** A cache of at most {@code capacity} parsed seasons. */
    public SeasonDocuments(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.parsed = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** Reads a season document; throws {@link SeasonDataException} naming the JSON path of the first problem. */
    public static Season read(JsonNode document) {
        Objects.requireNonNull(document, "season document is required");
        return SeasonReader.readDocument(NAME, document);
    }

    /** Reads a season document from its JSON text. */
    public static Season read(String text) {
        return read(SeasonReader.parse(NAME, text));
    }

    /**
     * A season file as a self-contained document: a file whose {@code schools} names a schools CSV (the bundled layout)
     * gets that file's schools inline, read by {@code sibling} (a name to its text); a document with its schools
     * inline is answered as it is. schools.csv gives no arena coordinates, so an arena is placed on its campus.
     */
    public static ObjectNode inline(String fileName, String text, Function<String, String> sibling) {
        JsonNode root = SeasonReader.parse(fileName, text);
        if (!(root instanceof ObjectNode document)) {
            throw new SeasonDataException(fileName, "(document)", "expected a JSON object");
        }
        if (document.get("schools") instanceof ArrayNode) {
            return document;
        }
        String schoolsFile = SeasonCatalog.schoolsFileOf(fileName, text);
        Map<String, Team> teams = SeasonReader.readSchools(schoolsFile, sibling.apply(schoolsFile));
        ArrayNode schools = document.putArray("schools");
        teams.values().forEach(t -> schools.add(SchoolJson.write(t)));
        return document;
    }

    /** {@link #inline(String, String, Function)} for a file on disk, its schools file beside it. */
    public static ObjectNode inline(Path seasonFile) {
        Function<Path, String> read = p -> {
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SeasonDataException(p.toString(), "(file)", "cannot be read: " + e.getMessage(), e);
            }
        };
        Path dir = seasonFile.toAbsolutePath().getParent();
        return inline(seasonFile.getFileName().toString(), read.apply(seasonFile), name -> read.apply(dir.resolve(name)));
    }

    /**
     * The season of version {@code version} of season {@code id}, parsed from {@code document} the first time it is asked
     * for. A version is immutable, so a later call with the same id and version reuses the parse; a different document
     * under the same key (another database behind a long-lived service) is parsed again.
     */
    public Season season(String id, int version, JsonNode document) {
        String key = id + "#" + version;
        synchronized (parsed) {
            Parsed hit = parsed.get(key);
            if (hit != null && hit.document().equals(document)) {
                return hit.season();
            }
        }
        Season season = read(document);
        if (!season.id().equals(id)) {
            throw new SeasonDataException(NAME, "season", "is '" + season.id() + "', expected '" + id + "'");
        }
        synchronized (parsed) {
            parsed.put(key, new Parsed(document.deepCopy(), season));
            if (parsed.size() > capacity) {
                parsed.remove(parsed.keySet().iterator().next());
            }
        }
        return season;
    }
}
