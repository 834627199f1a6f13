package org.flextime.scheduler.editing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntFunction;
import org.flextime.contracts.api.GameChange;
import org.flextime.contracts.api.ScheduleDiff;
import org.flextime.contracts.api.ScheduleStatus;
import org.flextime.contracts.api.ScheduleVersions;
import org.flextime.contracts.api.VersionSummary;
import org.flextime.contracts.api.VersionView;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;
import org.flextime.domain.Season;
import org.flextime.scheduler.seasons.SeasonVersion;
import org.flextime.scheduler.seasons.Seasons;
import org.flextime.domain.Sport;
import org.flextime.platform.messaging.EventPublisher;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;
import org.flextime.platform.web.PreconditionFailedException;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.ObjectMapper;

/**
 * Edits of generated schedules: each edit, batch or undo is a new version (who, when, why) guarded by
 * {@code If-Match}, announced as {@code schedule.changed} in the same transaction; and the editorial status with its
 * publish gate. A request that fails stores nothing.
 */
@Service
public class ScheduleEditing {

    private static final String SOURCE = "/flextime/scheduler";
    private static final int MAX_REASON = 2000;

    private final VersionStore store;
    private final Seasons seasons;
    private final ScheduleChecks checks;
    private final EventPublisher events;
    private final ObjectMapper json;

    /** Editing over the version store, publishing through {@code events}. */
    public ScheduleEditing(VersionStore store, Seasons seasons, ScheduleChecks checks, EventPublisher events,
                           ObjectMapper json) {
        this.store = store;
        this.seasons = seasons;
        this.checks = checks;
        this.events = events;
        this.json = json;
    }

    /** How many times each game of the schedule was moved or changed (games never changed are absent). */
    public java.util.Map<String, Integer> revisions(String id) {
        return store.revisions(id);
    }

    /** The schedule's current ETag ({@code "v<version>"}). */
    public String etag(String id) {
        return etag(head(id).version());
    }

    /** The ETag of a version. */
    public static String etag(int version) {
        return "\"v" + version + "\"";
    }

    /** Every version of the schedule, oldest first, with its current version and status. */
    @Transactional(readOnly = true)
    public ScheduleVersions versions(String id) {
        VersionStore.Head head = head(id);
        return new ScheduleVersions(id, head.version(), head.status(), store.versions(id).stream()
                .map(v -> new VersionSummary(v.version(), v.actor(), v.createdAt(), v.reason(), v.restored(), v.changed()))
                .toList());
    }

    /** One version with its games. */
    @Transactional(readOnly = true)
    public VersionView version(String id, int version) {
        VersionStore.Head head = head(id);
        VersionStore.Version v = store.version(id, version)
                .orElseThrow(() -> new NotFoundException("version", id + "/versions/" + version));
        return view(head, v, store.games(id, version));
    }

    /** What differs between two versions. */
    @Transactional(readOnly = true)
    public ScheduleDiff diff(String id, int from, int to) {
        head(id);
        List<ScheduledGame> a = gamesOf(id, from, "from");
        List<ScheduledGame> b = gamesOf(id, to, "to");
        return new ScheduleDiff(id, from, to, VersionDiff.between(a, b));
    }

    /**
     * Applies the changes as one new version. {@code field} names change {@code i}'s fields in problems; {@code ifMatch}
     * must name the current version.
     */
    @Transactional
    public VersionView edit(String id, String ifMatch, String actor, List<GameChange> changes, IntFunction<String> field,
                            String reason) {
        VersionStore.Head head = editable(id, ifMatch);
        Season season = season(head);
        Sport sport = sport(season, head);
        List<ScheduledGame> before = store.current(id);
        List<ScheduledGame> after = new GameEdits(season, sport).apply(before, changes, field, reason(reason));
        return commit(head, before, after, actor, reason(reason), null);
    }

    /** A new version whose games equal those of {@code toVersion} (null: the version before the current one). */
    @Transactional
    public VersionView undo(String id, String ifMatch, String actor, Integer toVersion, String reason) {
        VersionStore.Head head = editable(id, ifMatch);
        int target = toVersion == null ? head.version() - 1 : toVersion;
        if (target < 1 || target >= head.version()) {
            throw new InvalidFieldException("toVersion", "version " + target + " cannot be restored: the schedule's versions are 1 to "
                    + head.version() + " and the current one (" + head.version() + ") is already in place", 422);
        }
        List<ScheduledGame> before = store.current(id);
        List<ScheduledGame> restored = store.games(id, target);
        String why = reason(reason) == null ? "undo: back to version " + target : reason(reason);
        return commit(head, before, restored, actor, why, target);
    }

    /**
     * Moves the schedule to another editorial status. Publishing counts the hard violations of the sport's active
     * constraint set and the critical conflicts; either refuses it unless {@code overrideReason} says why.
     */
    @Transactional
    public ScheduleStatus changeStatus(String id, String ifMatch, String actor, String status, String overrideReason) {
        VersionStore.Head head = editable(id, ifMatch);
        EditorialStatus from = EditorialStatus.parse(head.status()).orElseThrow();
        EditorialStatus to = EditorialStatus.parse(status).orElseThrow(() -> new InvalidFieldException("status",
                "unknown status '" + status + "'; one of draft, review, published", 422));
        if (!from.mayMoveTo(to)) {
            throw new InvalidFieldException("status", "a " + from.id() + " schedule cannot move to " + to.id()
                    + " (draft → review → published; review or published back to draft)", 409);
        }
        Integer hard = null;
        String override = null;
        if (to == EditorialStatus.PUBLISHED) {
            Season season = season(head);
            List<Game> games = store.current(id).stream().map(ScheduledGame::game).toList();
            ScheduleChecks.Findings findings = checks.check(season, sport(season, head), id, head.version(), games);
            hard = findings.hardViolations();
            PublishGate gate = new PublishGate(findings.hardViolations(), findings.criticalConflicts());
            if (!gate.admits(overrideReason)) {
                throw refused(findings);
            }
            override = gate.passes() ? null : reason(overrideReason);
        }
        store.changeStatus(id, new VersionStore.StatusChange(from.id(), to.id(), head.version(), actor(actor), hard, override,
                Instant.now()));
        return new ScheduleStatus(id, to.id(), head.version(), hard, override);
    }

    private VersionView commit(VersionStore.Head head, List<ScheduledGame> before, List<ScheduledGame> after, String actor,
                               String reason, Integer restored) {
        List<String> changed = GameEdits.changedIds(before, after);
        if (changed.isEmpty()) {
            // nothing differs: no version, the answer is the current one
            return view(head, store.version(head.id(), head.version()).orElseThrow(), before);
        }
        store.baseline(head.id());
        VersionStore.Version v = new VersionStore.Version(head.version() + 1, actor(actor), Instant.now(), reason, restored, changed);
        store.write(head.id(), v, after);
        if (EditorialStatus.parse(head.status()).orElseThrow() == EditorialStatus.PUBLISHED) {
            store.changeStatus(head.id(), new VersionStore.StatusChange(EditorialStatus.PUBLISHED.id(), EditorialStatus.REVIEW.id(),
                    v.version(), v.actor(), null, null, v.createdAt()));
        }
        VersionStore.Head now = store.head(head.id()).orElseThrow();
        publish(now, v, after);
        return view(now, v, store.current(head.id()));
    }

    private void publish(VersionStore.Head head, VersionStore.Version v, List<ScheduledGame> games) {
        Payloads.ScheduleChanged changed = new Payloads.ScheduleChanged(head.id(), head.sport(), head.season(), v.version(),
                v.version() - 1, v.actor(), v.reason(), v.changed(),
                games.stream().filter(ScheduledGame::pinned).map(ScheduledGame::id).toList(),
                games.stream().map(g -> new Payloads.GameData(g.id(), g.game().date(), g.game().home(), g.game().away(),
                        g.game().venue(), GameStarts.text(g.game().start()))).toList());
        String correlation = Objects.requireNonNullElseGet(MDC.get("correlationId"), () -> UUID.randomUUID().toString());
        events.publish(EventEnvelope.first(SOURCE, EventTypes.SCHEDULE_CHANGED, head.id(), json.valueToTree(changed), correlation)
                .withTraceparent(MDC.get("traceparent")));
    }

    /** The schedule, locked, if it is generated and {@code ifMatch} names its current version. */
    private VersionStore.Head editable(String id, String ifMatch) {
        VersionStore.Head head = store.lock(id).orElseThrow(() -> new NotFoundException("schedule", id));
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new InvalidFieldException("If-Match", "edits need If-Match with the schedule's ETag (" + etag(head.version())
                    + ", from GET /api/v1/schedules/" + id + "), so no edit overwrites one it has not seen", 428);
        }
        String current = etag(head.version());
        boolean matches = false;
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            matches |= t.equals("*") || t.equals(current) || t.equals("W/" + current);
        }
        if (!matches) {
            throw new PreconditionFailedException("schedule " + id + " has changed: If-Match " + ifMatch.strip()
                    + " does not match its current ETag " + current + "; read it again and retry", current);
        }
        if (!head.state().equals("final")) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "schedule " + id + " is " + head.state()
                    + ": only a generated (final) schedule can be edited");
            p.setType(java.net.URI.create("https://flextime.org/problems/schedule-not-editable"));
            p.setTitle("Schedule not editable");
            throw new ErrorResponseException(HttpStatus.CONFLICT, p, null);
        }
        return head;
    }

    private static ErrorResponseException refused(ScheduleChecks.Findings findings) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "publishing needs zero hard violations and zero "
                + "critical conflicts; this version has " + findings.hardViolations() + " hard violation(s) and "
                + findings.criticalConflicts() + " critical conflict(s). Fix them, or publish with overrideReason saying why");
        p.setType(java.net.URI.create("https://flextime.org/problems/publish-gate"));
        p.setTitle("Publish gate");
        p.setProperty("field", "overrideReason");
        p.setProperty("hardViolations", findings.hardViolations());
        p.setProperty("criticalConflicts", findings.criticalConflicts());
        p.setProperty("violations", findings.explanations());
        return new ErrorResponseException(HttpStatus.CONFLICT, p, null);
    }

    private List<ScheduledGame> gamesOf(String id, int version, String field) {
        if (store.version(id, version).isEmpty()) {
            throw new InvalidFieldException(field, "schedule " + id + " has no version " + version, 422);
        }
        return store.games(id, version);
    }

    private VersionView view(VersionStore.Head head, VersionStore.Version v, List<ScheduledGame> games) {
        return new VersionView(head.id(), v.version(), head.status(), v.actor(), v.createdAt(), v.reason(), v.restored(),
                games.stream().map(ScheduledGame::view).toList());
    }

    private VersionStore.Head head(String id) {
        return store.head(id).orElseThrow(() -> new NotFoundException("schedule", id));
    }

    private Season season(VersionStore.Head head) {
        // the season version the schedule was built from: its edits are judged by the same data
        return (head.seasonVersion() == null ? seasons.current(head.season()) : seasons.version(head.season(), head.seasonVersion()))
                .map(SeasonVersion::season).orElseThrow(() -> new IllegalStateException("schedule " + head.id()
                        + " names season " + head.season() + " version " + head.seasonVersion() + ", which is not stored"));
    }

    private static Sport sport(Season season, VersionStore.Head head) {
        return season.sport(head.sport()).orElseThrow(() -> new IllegalStateException("season " + season.id()
                + " has no sport " + head.sport()));
    }

    private static String reason(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new InvalidFieldException("reason", "reason is longer than " + MAX_REASON + " characters", 422);
        }
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    private static String actor(String actor) {
        return actor == null || actor.isBlank() ? "anonymous" : actor.strip();
    }
}
