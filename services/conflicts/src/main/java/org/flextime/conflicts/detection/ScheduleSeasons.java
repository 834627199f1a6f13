package org.flextime.conflicts.detection;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.SeasonDocuments;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The season data a schedule is judged by: the season version it was built from, whose document the creation saga
 * carried and detection kept ({@link ConflictStore#seasonDocument}); the bundled season for a schedule built before
 * documents were kept. So a copied season such as 2026-27 is judged by its own dates and blackouts.
 */
@Component
public class ScheduleSeasons {

    private static final int KEPT = 32;

    private final ConflictStore store;
    private final SeasonDocuments documents;
    private final SeasonCatalog bundled;
    private final ObjectMapper json;
    // season#version -> the season: a kept version never changes, and reading its document again costs every edit time
    private final Map<String, Season> read = new HashMap<>();

    /** Seasons from the kept documents, parsed once each, else from the bundled catalog. */
    public ScheduleSeasons(ConflictStore store, SeasonDocuments documents, SeasonCatalog bundled, ObjectMapper json) {
        this.store = store;
        this.documents = documents;
        this.bundled = bundled;
        this.json = json;
    }

    /** The season and its version (null: bundled) the schedule is judged by. */
    public record Judged(Season season, Integer version) {
    }

    /** Keeps a season document the saga carried and answers the season it holds. */
    public Judged remember(String season, Integer version, JsonNode document) {
        if (version == null || document == null || document.isNull()) {
            return new Judged(bundled(season), null);
        }
        store.seasonDocument(season, version, json.writeValueAsString(document));
        return new Judged(documents.season(season, version, document), version);
    }

    /** The season the schedule is judged by: the version its creation recorded, else the bundled season of that id. */
    public Judged of(String scheduleId, String season) {
        Optional<Integer> version = store.seasonVersion(scheduleId);
        if (version.isPresent()) {
            String key = season + "#" + version.get();
            synchronized (read) {
                Season known = read.get(key);
                if (known != null) {
                    return new Judged(known, version.get());
                }
            }
            Optional<String> text = store.seasonDocument(season, version.get());
            if (text.isPresent()) {
                Season parsed = documents.season(season, version.get(), json.readTree(text.get()));
                synchronized (read) {
                    if (read.size() >= KEPT) {
                        read.clear();
                    }
                    read.put(key, parsed);
                }
                return new Judged(parsed, version.get());
            }
        }
        return new Judged(bundled(season), null);
    }

    private Season bundled(String season) {
        return bundled.find(season).orElseThrow(() -> new IllegalArgumentException("season " + season
                + " is neither bundled nor kept from a schedule's creation"));
    }
}
