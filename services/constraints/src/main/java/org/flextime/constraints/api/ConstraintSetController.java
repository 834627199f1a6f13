package org.flextime.constraints.api;

import org.flextime.platform.web.IdempotentRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.flextime.constraints.sets.ConstraintSetStore;
import org.flextime.constraints.sets.ConstraintSets;
import org.flextime.domain.Season;
import org.flextime.platform.web.InvalidFieldException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/constraint-sets}: create a set, add versions, list and read them, diff two, activate one. */
@RestController
@RequestMapping("/api/v1/constraint-sets")
class ConstraintSetController {

    /** Creates a set: rules absent means the sport's defaults. */
    record CreateSet(String sport, String season, String name, JsonNode rules, String note) {
    }

    /** A new version's rules. */
    record AddVersion(JsonNode rules, String note) {
    }

    /** A set as the API shows it. */
    record SetView(String id, String sport, String season, String name, Integer activeVersion, int versions, String versionsUrl) {
    }

    /** A version as the API shows it; {@code document} only when one version is asked for. */
    record VersionView(String setId, int version, String contentHash, boolean active, String note, String createdAt, int rules,
                       JsonNode document) {
    }

    private final ConstraintSets sets;
    private final IdempotentRequests idempotent;

    ConstraintSetController(ConstraintSets sets, IdempotentRequests idempotent) {
        this.sets = sets;
        this.idempotent = idempotent;
    }

    /** Creates a set: 201, Location and the set's ETag; {@code Idempotency-Key} replays the first answer. */
    @PostMapping
    ResponseEntity<String> create(@RequestBody CreateSet body, @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                  HttpServletRequest request) {
        return idempotent.run(key, "POST " + request.getRequestURI(), hash(body), () -> {
            if (body == null || body.sport() == null || body.sport().isBlank()) {
                throw new InvalidFieldException("sport", "sport is required", 422);
            }
            if (body.season() == null || body.season().isBlank()) {
                throw new InvalidFieldException("season", "season is required", 422);
            }
            ConstraintSetStore.SetRow row = sets.create(body.season(), body.sport(), body.name(), body.rules(), body.note());
            return ResponseEntity.created(URI.create("/api/v1/constraint-sets/" + row.id())).eTag(sets.etag(row.id())).body(view(row));
        });
    }

    @GetMapping
    List<SetView> list(@RequestParam(required = false) String season, @RequestParam(required = false) String sport) {
        return sets.list(season, sport).stream().map(this::view).toList();
    }

    @GetMapping("/defaults/{season}/{sport}")
    JsonNode defaults(@PathVariable String season, @PathVariable String sport) {
        Season s = sets.season(season, "season");
        return sets.document(sets.defaults(s, sets.sport(s, sport, "sport")));
    }

    /** The set, with its ETag: send it back as {@code If-Match} when adding a version or activating one. */
    @GetMapping("/{id}")
    ResponseEntity<SetView> get(@PathVariable String id) {
        SetView view = view(sets.set(id));
        return ResponseEntity.ok().eTag(sets.etag(id)).body(view);
    }

    /**
     * Adds a version: 201 and Location; the answer's ETag is the set's new one. A stale {@code If-Match} is a 412
     * (no If-Match: unconditional); {@code Idempotency-Key} replays the first answer.
     */
    @PostMapping("/{id}/versions")
    ResponseEntity<String> addVersion(@PathVariable String id, @RequestBody AddVersion body,
                                      @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        return idempotent.run(key, "POST " + request.getRequestURI(), hash(body), () -> {
            ConstraintSetStore.VersionRow v = sets.addVersion(id, body == null ? null : body.rules(), body == null ? null : body.note(), ifMatch);
            return ResponseEntity.created(URI.create("/api/v1/constraint-sets/" + id + "/versions/" + v.version()))
                    .eTag(sets.etag(id)).body(view(v, sets.set(id), false));
        });
    }

    @GetMapping("/{id}/versions")
    List<VersionView> versions(@PathVariable String id) {
        ConstraintSetStore.SetRow set = sets.set(id);
        return sets.versions(id).stream().map(v -> view(v, set, false)).toList();
    }

    @GetMapping("/{id}/versions/{version}")
    VersionView version(@PathVariable String id, @PathVariable int version) {
        return view(sets.version(id, version), sets.set(id), true);
    }

    /** Activates a version; a stale {@code If-Match} is a 412 (no If-Match: unconditional). The answer carries the new ETag. */
    @PostMapping("/{id}/versions/{version}/activate")
    ResponseEntity<SetView> activate(@PathVariable String id, @PathVariable int version,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        SetView view = view(sets.activate(id, version, ifMatch));
        return ResponseEntity.ok().eTag(sets.etag(id)).body(view);
    }

    @GetMapping("/{id}/diff")
    ConstraintSets.Diff diff(@PathVariable String id, @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        if (from == null) {
            throw new InvalidFieldException("from", "from is required (a version number)", 400);
        }
        if (to == null) {
            throw new InvalidFieldException("to", "to is required (a version number)", 400);
        }
        return sets.diff(id, from, to);
    }

    private String hash(Object body) {
        return idempotent.hash(body);
    }

    private SetView view(ConstraintSetStore.SetRow row) {
        return new SetView(row.id(), row.sport(), row.season(), row.name(), row.activeVersion(), sets.versions(row.id()).size(),
                "/api/v1/constraint-sets/" + row.id() + "/versions");
    }

    private VersionView view(ConstraintSetStore.VersionRow v, ConstraintSetStore.SetRow set, boolean withDocument) {
        JsonNode doc = sets.document(v);
        return new VersionView(v.setId(), v.version(), v.contentHash(), Integer.valueOf(v.version()).equals(set.activeVersion()), v.note(),
                v.createdAt().toString(), doc.get("rules").size(), withDocument ? doc : null);
    }

}
