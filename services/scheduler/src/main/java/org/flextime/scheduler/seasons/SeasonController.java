package org.flextime.scheduler.seasons;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.flextime.contracts.api.CopySeasonRequest;
import org.flextime.contracts.api.SeasonSchema;
import org.flextime.contracts.api.SeasonSummary;
import org.flextime.contracts.api.SeasonView;
import org.flextime.domain.Sport;
import org.flextime.platform.web.IdempotentRequests;
import org.flextime.platform.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/seasons}: import a season document, read it and its versions, edit it (schools, sports, blackouts, the
 * two CSV sheets) and copy it to start the next season. Every edit is a new version; its answer carries the new
 * {@code ETag}, and an edit whose {@code If-Match} is stale is a 412 carrying the current one. Creating POSTs take an
 * {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1/seasons")
class SeasonController {

    private static final String IF_MATCH = "If-Match";
    /** 52 weeks: every date of the copy falls on the same weekday. */
    private static final int A_YEAR_OF_WEEKS = 364;

    private final Seasons seasons;
    private final IdempotentRequests idempotent;
    private final SeasonSchema schema = new SeasonSchema();

    SeasonController(Seasons seasons, IdempotentRequests idempotent) {
        this.seasons = seasons;
        this.idempotent = idempotent;
    }

    /** The JSON Schema of a season document. */
    @GetMapping(value = "/schema", produces = "application/schema+json")
    String schema() {
        return schema.text();
    }

    /** Imports a season document: 201, Location and ETag; 422 naming the JSON path of a problem, 409 if the id exists. */
    @PostMapping
    ResponseEntity<String> importSeason(@RequestBody JsonNode document,
                                        @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                        HttpServletRequest request) {
        return idempotent.run(key, "POST " + request.getRequestURI(), idempotent.hash(document), () -> {
            SeasonVersion v = seasons.importDocument(document, "imported");
            return ResponseEntity.created(URI.create("/api/v1/seasons/" + v.id())).eTag(v.etag()).body(view(v, true));
        });
    }

    /** Every season at its current version. */
    @GetMapping
    List<SeasonSummary> list() {
        return seasons.list().stream().map(v -> new SeasonSummary(v.id(), v.season().conference(), v.version(),
                List.copyOf(v.season().teams().keySet()), v.season().sports().stream().map(Sport::code).toList(),
                v.createdAt())).toList();
    }

    /** The season's current version and its ETag. */
    @GetMapping("/{id}")
    ResponseEntity<SeasonView> get(@PathVariable String id) {
        SeasonVersion v = seasons.require(id);
        return ResponseEntity.ok().eTag(v.etag()).body(view(v, true));
    }

    /** Every version of the season, oldest first, without their documents. */
    @GetMapping("/{id}/versions")
    List<SeasonView> versions(@PathVariable String id) {
        return seasons.versions(id).stream().map(v -> view(v, false)).toList();
    }

    /** One version of the season. */
    @GetMapping("/{id}/versions/{version}")
    ResponseEntity<SeasonView> version(@PathVariable String id, @PathVariable int version) {
        SeasonVersion v = seasons.version(id, version).orElseThrow(() -> new NotFoundException("season version", id + "/" + version));
        return ResponseEntity.ok().eTag(v.etag()).body(view(v, true));
    }

    /** Starts a new season from this one's current version: {@code {"id": "2026-27", "shiftDays": 364}}. */
    @PostMapping("/{id}/copy")
    ResponseEntity<String> copy(@PathVariable String id, @RequestBody CopySeasonRequest body,
                                @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                HttpServletRequest request) {
        return idempotent.run(key, "POST " + request.getRequestURI(), idempotent.hash(body), () -> {
            SeasonVersion v = seasons.copy(id, body == null ? null : body.id(),
                    body == null || body.shiftDays() == null ? A_YEAR_OF_WEEKS : body.shiftDays());
            return ResponseEntity.created(URI.create("/api/v1/seasons/" + v.id())).eTag(v.etag()).body(view(v, true));
        });
    }

    /** Changes a school (JSON Merge Patch of its object: coordinates, time zone, venues...). */
    @PatchMapping("/{id}/schools/{code}")
    ResponseEntity<SeasonView> patchSchool(@PathVariable String id, @PathVariable String code, @RequestBody JsonNode patch,
                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return edited(seasons.edit(id, ifMatch, e -> SeasonEdits.patchSchool(e.document(), code, patch)));
    }

    /** Adds a school (a new member): sports whose participants are "all" include it. */
    @PostMapping("/{id}/schools")
    ResponseEntity<String> addSchool(@PathVariable String id, @RequestBody JsonNode school,
                                     @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                     @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                     HttpServletRequest request) {
        return created(key, request, idempotent.hash(school), id, ifMatch, e -> SeasonEdits.addSchool(e.document(), school));
    }

    /** Removes a school and every mention of it (participants, rivalries, travel partners, its blackouts). */
    @DeleteMapping("/{id}/schools/{code}")
    ResponseEntity<SeasonView> removeSchool(@PathVariable String id, @PathVariable String code,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return edited(seasons.edit(id, ifMatch, e -> SeasonEdits.removeSchool(e.document(), code)));
    }

    /** Changes a sport (JSON Merge Patch of its object: window, play days, participants, rivalries, rules...). */
    @PatchMapping("/{id}/sports/{code}")
    ResponseEntity<SeasonView> patchSport(@PathVariable String id, @PathVariable String code, @RequestBody JsonNode patch,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return edited(seasons.edit(id, ifMatch, e -> SeasonEdits.patchSport(e.document(), code, patch)));
    }

    /** Adds a blackout (a school's or the conference's). */
    @PostMapping("/{id}/blackouts")
    ResponseEntity<String> addBlackout(@PathVariable String id, @RequestBody JsonNode blackout,
                                       @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                       @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                       HttpServletRequest request) {
        return created(key, request, idempotent.hash(blackout), id, ifMatch, e -> SeasonEdits.addBlackout(e.document(), blackout));
    }

    /** Removes the blackout at this index of the document's list. */
    @DeleteMapping("/{id}/blackouts/{index}")
    ResponseEntity<SeasonView> removeBlackout(@PathVariable String id, @PathVariable int index,
                                              @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return edited(seasons.edit(id, ifMatch, e -> SeasonEdits.removeBlackout(e.document(), index)));
    }

    /** Adds or changes schools from a schools.csv sheet; 422 listing every bad cell, nothing stored. */
    @PostMapping(value = "/{id}/schools.csv", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ResponseEntity<String> schoolsCsv(@PathVariable String id, @RequestBody byte[] sheet,
                                      @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                      @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                      HttpServletRequest request) {
        return sheet(key, request, sheet, id, ifMatch, (document, text) ->
                SeasonEdits.upsertSchools(document, SeasonCsv.schools(document, text), "schools.csv"));
    }

    /** Replaces the blackouts with a blackouts.csv sheet's; 422 listing every bad cell, nothing stored. */
    @PostMapping(value = "/{id}/blackouts.csv", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ResponseEntity<String> blackoutsCsv(@PathVariable String id, @RequestBody byte[] sheet,
                                        @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                        @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                        HttpServletRequest request) {
        return sheet(key, request, sheet, id, ifMatch, (document, text) ->
                SeasonEdits.replaceBlackouts(document, SeasonCsv.blackouts(document, text), "blackouts.csv"));
    }

    /** A CSV sheet (UTF-8) made into an edit of the current document; its Idempotency-Key hash is the sheet's bytes. */
    private ResponseEntity<String> sheet(String key, HttpServletRequest request, byte[] sheet, String id, String ifMatch,
                                         BiFunction<ObjectNode, String, SeasonEdits.Edit> edit) {
        String text = new String(sheet, StandardCharsets.UTF_8);
        return created(key, request, IdempotentRequests.hash("text/csv", sheet), id, ifMatch, e -> edit.apply(e.document(), text));
    }

    /** A POST that makes a new version: 201 with the version's Location and the season's new ETag. */
    private ResponseEntity<String> created(String key, HttpServletRequest request, String hash, String id, String ifMatch,
                                           UnaryOperator<SeasonEdits.Edit> edit) {
        return idempotent.run(key, "POST " + request.getRequestURI(), hash, () -> {
            SeasonVersion v = seasons.edit(id, ifMatch, edit);
            return ResponseEntity.created(URI.create("/api/v1/seasons/" + id + "/versions/" + v.version())).eTag(v.etag())
                    .body(view(v, true));
        });
    }

    private static ResponseEntity<SeasonView> edited(SeasonVersion v) {
        return ResponseEntity.ok().eTag(v.etag()).contentType(MediaType.APPLICATION_JSON).body(view(v, true));
    }

    private static SeasonView view(SeasonVersion v, boolean withDocument) {
        return new SeasonView(v.id(), v.version(), v.change(), v.createdAt(), withDocument ? v.document() : null);
    }
}
