package org.flextime.scheduler.editing;

import java.util.List;
import org.flextime.contracts.api.GameEditRequest;
import org.flextime.contracts.api.ScheduleDiff;
import org.flextime.contracts.api.ScheduleEditRequest;
import org.flextime.contracts.api.ScheduleStatus;
import org.flextime.contracts.api.ScheduleVersions;
import org.flextime.contracts.api.StatusChangeRequest;
import org.flextime.contracts.api.UndoRequest;
import org.flextime.contracts.api.VersionView;
import org.flextime.platform.security.Actor;
import org.flextime.platform.web.InvalidFieldException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editing a generated schedule: game edits and batches, undo, versions and their differences, the editorial status.
 * Every change needs {@code If-Match} with the schedule's ETag and answers with the new one. Who makes it is the
 * subject of the caller's token; {@code X-Actor} counts only when a FlexTime service relays who it acts for (conflicts
 * applying a proposal, travel optimizing), or where no token names anyone (a test of the controller alone).
 */
@RestController
@RequestMapping("/api/v1/schedules/{id}")
class EditingController {

    /** The header naming who edits. */
    static final String ACTOR = "X-Actor";
    private static final int MAX_ACTOR = 200;

    private final ScheduleEditing editing;

    EditingController(ScheduleEditing editing) {
        this.editing = editing;
    }

    /** Changes one game; a field left out keeps its value. */
    @PatchMapping("/games/{gameId}")
    ResponseEntity<VersionView> editGame(@PathVariable String id, @PathVariable String gameId, @RequestBody GameEditRequest edit,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @RequestHeader(name = ACTOR, required = false) String actor) {
        return versioned(editing.edit(id, ifMatch, actor(actor), List.of(edit.change(gameId)), i -> "", edit.reason()));
    }

    /** Changes several games as one version. */
    @PatchMapping("/games")
    ResponseEntity<VersionView> editGames(@PathVariable String id, @RequestBody ScheduleEditRequest edit,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestHeader(name = ACTOR, required = false) String actor) {
        return versioned(editing.edit(id, ifMatch, actor(actor), edit.changes(), i -> "changes[" + i + "].", edit.reason()));
    }

    /** A new version equal to an older one (by default the one before the current). */
    @PostMapping("/undo")
    ResponseEntity<VersionView> undo(@PathVariable String id, @RequestBody(required = false) UndoRequest undo,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @RequestHeader(name = ACTOR, required = false) String actor) {
        UndoRequest u = undo == null ? new UndoRequest(null, null) : undo;
        return versioned(editing.undo(id, ifMatch, actor(actor), u.toVersion(), u.reason()));
    }

    /** Moves the schedule to draft, review or published (the publish gate applies). */
    @PostMapping("/status")
    ResponseEntity<ScheduleStatus> status(@PathVariable String id, @RequestBody StatusChangeRequest change,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestHeader(name = ACTOR, required = false) String actor) {
        ScheduleStatus status = editing.changeStatus(id, ifMatch, actor(actor), change.status(), change.overrideReason());
        return ResponseEntity.ok().eTag(ScheduleEditing.etag(status.version())).body(status);
    }

    /** Every version, oldest first. */
    @GetMapping("/versions")
    ResponseEntity<ScheduleVersions> versions(@PathVariable String id) {
        ScheduleVersions versions = editing.versions(id);
        return ResponseEntity.ok().eTag(ScheduleEditing.etag(versions.current())).body(versions);
    }

    /** One version with its games. */
    @GetMapping("/versions/{version}")
    VersionView version(@PathVariable String id, @PathVariable int version) {
        return editing.version(id, version);
    }

    /** The games that differ between two versions. */
    @GetMapping("/diff")
    ScheduleDiff diff(@PathVariable String id, @RequestParam int from, @RequestParam int to) {
        return editing.diff(id, from, to);
    }

    private static ResponseEntity<VersionView> versioned(VersionView view) {
        return ResponseEntity.ok().eTag(ScheduleEditing.etag(view.version())).body(view);
    }

    private static String actor(String header) {
        // the checked token names the caller; only a service relaying the person it acts for may name someone else
        return Actor.of(checked(header));
    }

    private static String checked(String actor) {
        if (actor != null && actor.length() > MAX_ACTOR) {
            throw new InvalidFieldException(ACTOR, ACTOR + " is longer than " + MAX_ACTOR + " characters");
        }
        return actor;
    }
}
