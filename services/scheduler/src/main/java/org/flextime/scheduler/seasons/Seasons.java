package org.flextime.scheduler.seasons;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.flextime.contracts.api.SeasonSchema;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.SeasonDataException;
import org.flextime.domain.SeasonDocuments;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;
import org.flextime.platform.web.PreconditionFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seasons the scheduler builds schedules from: import, edit and copy, each a new immutable version checked by the
 * domain's season reader before anything is stored (a 422 naming the JSON path otherwise), and the version any
 * schedule asks for, read once per version.
 */
public class Seasons {

    private static final Logger log = LoggerFactory.getLogger(Seasons.class);
    /** Stored versions parsed at once in one service; a job reads its season's a few times, so a few dozen are plenty. */
    private static final int PARSED = 32;

    private final SeasonStore store;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final SeasonSchema schema = new SeasonSchema();
    private final SeasonDocuments parsed = new SeasonDocuments(PARSED);

    /** The seasons of the scheduler's schema. */
    public Seasons(JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json) {
        this.store = new SeasonStore(jdbc);
        this.tx = tx;
        this.json = json;
    }

    /** The entity tag of a season version. */
    static String etag(int version) {
        return "\"v" + version + "\"";
    }

    /** The season's current version: the one a new schedule is built from. */
    public Optional<SeasonVersion> current(String id) {
        return id == null ? Optional.empty() : store.current(id).map(this::version);
    }

    /** One version of a season. */
    public Optional<SeasonVersion> version(String id, int version) {
        return store.version(id, version).map(this::version);
    }

    /** The current version of every season, by id. */
    public List<SeasonVersion> list() {
        return store.currentAll().stream().map(this::version).toList();
    }

    /** Every version of a season, oldest first; 404 for an unknown season. */
    List<SeasonVersion> versions(String id) {
        List<SeasonVersion> all = store.versions(id).stream().map(this::version).toList();
        if (all.isEmpty()) {
            throw new NotFoundException("season", id);
        }
        return all;
    }

    /** The ids of every stored season, for messages that list them. */
    public List<String> ids() {
        return store.currentAll().stream().map(SeasonStore.Row::id).toList();
    }

    /** Imports a season document as version 1 of a new season: 422 naming the path of a problem, 409 if the id is taken. */
    SeasonVersion importDocument(JsonNode document, String change) {
        Season season = checked(document);
        String text = json.writeValueAsString(document);
        try {
            tx.executeWithoutResult(t -> store.create(season.id(), text, change));
        } catch (DuplicateKeyException e) {
            throw new InvalidFieldException("season", "season '" + season.id() + "' exists; edit it, or copy it to a new id", 409);
        }
        return current(season.id()).orElseThrow();
    }

    /** Starts season {@code newId} from the current version of {@code id}, every date moved {@code shiftDays} days. */
    SeasonVersion copy(String id, String newId, int shiftDays) {
        SeasonVersion from = require(id);
        if (newId == null || newId.isBlank()) {
            throw new InvalidFieldException("id", "id of the new season is required, e.g. \"2026-27\"", 422);
        }
        SeasonEdits.Edit copy = SeasonEdits.copy((ObjectNode) from.document(), newId, shiftDays);
        try {
            return importDocument(copy.document(), copy.change() + " (version " + from.version() + ")");
        } catch (InvalidFieldException e) {
            // the copy's document paths are the source's too; a copy that cannot hold is the request's fault at "shiftDays"
            throw e.field().equals("season") ? new InvalidFieldException("id", e.getMessage(), e.status()) : e;
        }
    }

    /**
     * Applies an edit to the current version if {@code ifMatch} ("*": any) names it, checks the result and stores it as
     * the next version; 428 without {@code ifMatch}, 412 with the current ETag when another edit came first.
     */
    SeasonVersion edit(String id, String ifMatch, UnaryOperator<SeasonEdits.Edit> edit) {
        SeasonVersion now = require(id);
        checkIfMatch(now, ifMatch);
        SeasonEdits.Edit result = edit.apply(new SeasonEdits.Edit((ObjectNode) now.document(), ""));
        Season season = checked(result.document());
        if (!season.id().equals(id)) {
            throw new InvalidFieldException("season", "a season's id cannot change; copy it to a new id", 422);
        }
        boolean stored = Boolean.TRUE.equals(tx.execute(t ->
                store.append(id, now.version(), json.writeValueAsString(result.document()), truncate(result.change()))));
        if (!stored) {
            String current = current(id).map(SeasonVersion::etag).orElse(null);
            throw new PreconditionFailedException("season " + id + " changed while this edit was made; read it again and retry",
                    current);
        }
        return version(id, now.version() + 1).orElseThrow();
    }

    /**
     * Imports each bundled season that is not stored yet (first start). Several replicas may race: the loser's insert
     * fails on the season's key and it moves on.
     */
    public void importBundled() {
        for (Map.Entry<String, String> e : SeasonCatalog.bundledDocuments().entrySet()) {
            if (store.exists(e.getKey())) {
                continue;
            }
            try {
                importDocument(json.readTree(e.getValue()), "imported from the bundled season " + e.getKey());
                log.info("imported the bundled season {}", e.getKey());
            } catch (InvalidFieldException taken) {
                if (taken.status() != 409) {
                    throw taken;
                }
            }
        }
    }

    /** The current version, or 404. */
    SeasonVersion require(String id) {
        return current(id).orElseThrow(() -> new NotFoundException("season", id));
    }

    private static void checkIfMatch(SeasonVersion now, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            // a season is shared by every schedule built from it: no edit may overwrite one its author has not seen
            throw new InvalidFieldException("If-Match", "edits need If-Match with the season's ETag (" + now.etag()
                    + ", from GET /api/v1/seasons/" + now.id() + "), or * to edit whatever the current version is", 428);
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(now.etag())) {
                return;
            }
        }
        throw new PreconditionFailedException("season " + now.id() + " has changed: If-Match " + ifMatch.strip()
                + " does not match its current ETag " + now.etag() + "; read it again and retry", now.etag());
    }

    /**
     * The document read as a season, or a 422 naming the JSON path of its first problem: the reader's checks first (they
     * say more: an unknown school, a window too short), then anything else the published schema rules out.
     */
    private Season checked(JsonNode document) {
        Season season;
        try {
            season = SeasonDocuments.read(document);
        } catch (SeasonDataException e) {
            throw new InvalidFieldException(e.field(), e.field() + ": " + e.problem(), 422);
        }
        List<SeasonSchema.Problem> problems = schema.problems(document);
        if (!problems.isEmpty()) {
            SeasonSchema.Problem first = problems.get(0);
            throw new InvalidFieldException(first.path(), first.path() + ": " + first.message()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more; the schema is at /api/v1/seasons/schema)" : ""), 422);
        }
        return season;
    }

    private SeasonVersion version(SeasonStore.Row row) {
        JsonNode document = json.readTree(row.document());
        return new SeasonVersion(row.id(), row.version(), document, parsed.season(row.id(), row.version(), document),
                row.change(), row.createdAt());
    }

    private static String truncate(String change) {
        return change.length() <= 500 ? change : change.substring(0, 497) + "...";
    }
}
