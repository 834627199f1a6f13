package org.flextime.conflicts.detection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.flextime.engine.conflicts.ConflictScan;
import org.flextime.engine.conflicts.ScheduleConflict;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.platform.messaging.EventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Detection on a schedule version: scans it ({@link ConflictScan}, with the other sports' current games and the active
 * constraint set's hard violations), stores the conflicts that are new, resolves the open ones the version no longer
 * has, and announces both. Runs inside the caller's transaction (the event consumer's, or the saga step's).
 */
@Service
public class Detection {

    private static final String SOURCE = "/flextime/conflicts";

    /** What one detection did. */
    public record Outcome(int version, List<String> detected, List<String> resolved, int open) {
    }

    private final ConflictStore store;
    private final SeasonCatalog seasons;
    private final HardViolations violations;
    private final AppliedProposals proposals;
    private final EventPublisher events;
    private final ObjectMapper json;

    /**
     * Detection over the store, asking {@code violations} for the active set's hard violations and {@code proposals}
     * which version a proposal made.
     */
    public Detection(ConflictStore store, SeasonCatalog seasons, HardViolations violations, AppliedProposals proposals,
                     EventPublisher events, ObjectMapper json) {
        this.store = store;
        this.seasons = seasons;
        this.violations = violations;
        this.proposals = proposals;
        this.events = events;
        this.json = json;
    }

    /**
     * Detects conflicts on {@code version} of the schedule. A version older than (or equal to) the last one detected is
     * skipped: events may arrive late or twice. {@code cause} (null: none) is the event the announcements follow; with
     * {@code announce} false nothing is published (the creation saga reports version 1 in its own reply).
     */
    public Outcome detect(String scheduleId, String sportCode, String seasonId, int version, List<Game> games, String actor,
                          EventEnvelope cause, boolean announce) {
        Season season = seasons.find(seasonId).orElseThrow(() -> new IllegalArgumentException("unknown season " + seasonId));
        return detect(scheduleId, sportCode, season, null, version, games, Set.of(), actor, cause, announce);
    }

    /**
     * As {@link #detect(String, String, String, int, List, String, EventEnvelope, boolean)}, judged by this season's data
     * ({@code seasonVersion}: the stored version it is, null for the bundled season); {@code pinned} names the pinned games.
     */
    public Outcome detect(String scheduleId, String sportCode, Season season, Integer seasonVersion, int version, List<Game> games,
                          Set<String> pinned, String actor, EventEnvelope cause, boolean announce) {
        String seasonId = season.id();
        int seen = store.detectedVersion(scheduleId).orElse(0);
        if (version <= seen) {
            return new Outcome(seen, List.of(), List.of(), store.open(scheduleId).size());
        }
        Sport sport = season.sport(sportCode).orElseThrow(() -> new IllegalArgumentException("unknown sport " + sportCode));
        Map<String, List<Game>> others = store.seasonGames(seasonId);
        others.remove(sport.code());
        // one set says both what a double booking is (a series doubleheader may be none) and which rules are broken
        HardViolations.Judged rules = violations.of(season, sport, games);
        List<ScheduleConflict> found = new ConflictScan(season, sport, rules.set()).detect(games, others, rules.violations());
        Instant now = Instant.now();
        Map<String, ConflictStore.Open> open = new HashMap<>();
        store.open(scheduleId).forEach(o -> open.put(o.conflict().fingerprint(), o));
        Set<String> still = new HashSet<>();
        List<Payloads.ConflictItem> fresh = new ArrayList<>();
        List<ConflictStore.Open> inserted = new ArrayList<>();
        for (ScheduleConflict c : found) {
            String fingerprint = c.fingerprint();
            if (!still.add(fingerprint) || open.containsKey(fingerprint)) {
                continue;
            }
            String id = UUID.randomUUID().toString();
            inserted.add(new ConflictStore.Open(id, c));
            fresh.add(new Payloads.ConflictItem(id, c.kind(), c.family().id(), c.severity().id(), c.subject(), c.date(), c.gameIds(),
                    c.parties(), c.explanation(), c.source()));
        }
        store.insert(inserted, scheduleId, sport.code(), seasonId, version, now);
        List<String> resolved = new ArrayList<>();
        Optional<AppliedProposals.Applied> applied = proposals.madeVersion(scheduleId, version);
        String method = applied.map(a -> "proposal " + a.strategy()).orElse("edit");
        open.forEach((fingerprint, o) -> {
            if (!still.contains(fingerprint)) {
                resolved.add(o.id());
            }
        });
        store.resolve(resolved, scheduleId, version, method, actor, "version " + version + " no longer has it", now);
        applied.ifPresent(a -> proposals.introduced(a.id(), fresh.size()));
        store.detected(new ConflictStore.ScheduleState(scheduleId, sport.code(), seasonId, seasonVersion, version, games, pinned), now);
        store.seasonGames(seasonId, sport.code(), scheduleId, version, games, now);
        if (announce) {
            announce(cause, scheduleId, sport.code(), seasonId, version, still.size(), fresh, resolved, method, actor);
        }
        return new Outcome(version, fresh.stream().map(Payloads.ConflictItem::id).toList(), List.copyOf(resolved), still.size());
    }

    private void announce(EventEnvelope cause, String scheduleId, String sport, String season, int version, int open,
                          List<Payloads.ConflictItem> fresh, List<String> resolved, String method, String actor) {
        if (!fresh.isEmpty()) {
            events.publish(cause.next(SOURCE, EventTypes.CONFLICT_DETECTED, scheduleId,
                    json.valueToTree(new Payloads.ConflictDetected(scheduleId, sport, season, version, open, fresh))));
        }
        if (!resolved.isEmpty()) {
            events.publish(cause.next(SOURCE, EventTypes.CONFLICT_RESOLVED, scheduleId,
                    json.valueToTree(new Payloads.ConflictResolved(scheduleId, version, resolved, method, actor))));
        }
    }
}
