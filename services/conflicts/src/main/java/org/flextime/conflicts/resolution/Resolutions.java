package org.flextime.conflicts.resolution;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flextime.conflicts.detection.ConflictStore;
import org.flextime.conflicts.detection.ConstraintSets;
import org.flextime.conflicts.detection.HardViolations;
import org.flextime.conflicts.detection.ScheduleSeasons;
import org.flextime.contracts.api.ConflictProposals;
import org.flextime.contracts.api.GameChange;
import org.flextime.contracts.api.GameDifference;
import org.flextime.contracts.api.ScheduleEditRequest;
import org.flextime.contracts.api.VersionGame;
import org.flextime.contracts.api.VersionView;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.engine.conflicts.resolution.ChangedGame;
import org.flextime.engine.conflicts.resolution.Proposal;
import org.flextime.engine.conflicts.resolution.Resolution;
import org.flextime.engine.conflicts.resolution.Resolver;
import org.flextime.engine.conflicts.resolution.ScheduleJudge;
import org.flextime.engine.conflicts.resolution.Situation;
import org.flextime.engine.conflicts.resolution.StrategyFailure;
import org.flextime.platform.messaging.EventPublisher;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;
import org.flextime.platform.web.PreconditionFailedException;
import org.flextime.rules.ConstraintSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Proposals for a schedule's open conflicts and applying one: the enabled strategies run on the version detection last
 * saw ({@link Resolver}), checked against the sport's active constraint set, the checked proposals are kept and announced as {@code conflict.resolution.proposed}; applying
 * one is a batch edit through the scheduler's API with the caller's {@code If-Match}, so the schedule's owner makes the
 * version and detection then finds the conflict resolved, credited to the proposal's strategy.
 */
public class Resolutions {

    private static final String SOURCE = "/flextime/conflicts";

    private final ConflictStore conflicts;
    private final ProposalStore proposals;
    private final StrategyRegistry strategies;
    private final ScheduleSeasons seasons;
    private final ConstraintSets sets;
    private final Resolver resolver;
    private final SchedulerApi scheduler;
    private final EventPublisher events;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    /** Resolutions over the stores, running strategies with {@code resolver}, applying through {@code scheduler}. */
    public Resolutions(ConflictStore conflicts, ProposalStore proposals, StrategyRegistry strategies, ScheduleSeasons seasons,
                       ConstraintSets sets, Resolver resolver, SchedulerApi scheduler, EventPublisher events, ObjectMapper json, MeterRegistry meters) {
        this.conflicts = conflicts;
        this.proposals = proposals;
        this.strategies = strategies;
        this.seasons = seasons;
        this.sets = sets;
        this.resolver = resolver;
        this.scheduler = scheduler;
        this.events = events;
        this.json = json;
        this.meters = meters;
    }

    /** The checked, ranked proposals for an open conflict of the schedule's latest detected version. */
    @Transactional
    public ConflictProposals propose(String scheduleId, String conflictId) {
        ConflictStore.Stored conflict = conflictOf(scheduleId, conflictId);
        ConflictStore.ScheduleState state = conflicts.state(scheduleId).orElseThrow(() -> new NotFoundException("schedule", scheduleId));
        if (!conflict.state().equals("open")) {
            throw conflict("conflict-resolved", "Conflict resolved", "conflict " + conflictId + " is " + conflict.state()
                    + " already: nothing to propose");
        }
        Season season = seasons.of(scheduleId, state.season()).season();
        Sport sport = season.sport(state.sport()).orElseThrow();
        Map<String, List<Game>> others = conflicts.seasonGames(state.season());
        others.remove(sport.code());
        ConstraintSet active = activeSet(season, sport);
        ScheduleJudge judge = new ScheduleJudge(season, sport, active, others);
        Situation situation = new Situation(season, sport, state.games(), state.pinned(), conflict.conflict(), others, active);
        Resolution r = resolver.resolve(situation, judge, strategies.enabled(), proposals.effectiveness());
        r.failures().forEach(f -> meters.counter("flextime.conflicts.strategy.failures", "strategy", f.strategy(),
                "kind", kind(f)).increment());
        Instant now = Instant.now();
        List<ConflictProposals.ProposalView> views = new ArrayList<>();
        List<Payloads.ProposalItem> items = new ArrayList<>();
        for (Proposal p : r.proposals()) {
            String id = proposalId(scheduleId, state.version(), conflictId, p);
            proposals.offer(id, conflictId, scheduleId, state.version(), conflict.conflict().family(), p, now);
            int rank = views.size() + 1;
            String st = proposals.find(id).map(ProposalStore.Stored::state).orElse("offered");
            views.add(new ConflictProposals.ProposalView(id, rank, p.strategy(), p.explanation(), differences(p.changes()),
                    p.travelMiles(), p.quality(), p.score(), st));
            items.add(new Payloads.ProposalItem(id, rank, p.strategy(), p.explanation(),
                    p.changes().stream().map(ChangedGame::gameId).toList()));
        }
        List<ConflictProposals.StrategyFailureView> failures = r.failures().stream()
                .map(f -> new ConflictProposals.StrategyFailureView(f.strategy(), kind(f), f.reason())).toList();
        events.publish(EventEnvelope.first(SOURCE, EventTypes.CONFLICT_RESOLUTION_PROPOSED, scheduleId,
                json.valueToTree(new Payloads.ResolutionProposed(scheduleId, conflictId, state.version(), items,
                        failures.stream().map(f -> f.strategy() + ": " + f.reason()).toList())), UUID.randomUUID().toString()));
        return new ConflictProposals(scheduleId, conflictId, state.version(), views, failures, r.candidates(), r.rejected());
    }

    /**
     * Applies a proposal as a new version of the schedule through the scheduler's editing API; {@code ifMatch} must name
     * the schedule's current version, and the proposal must have been made for it.
     */
    public ResponseEntity<VersionView> apply(String scheduleId, String conflictId, String proposalId, String ifMatch, String actor) {
        conflictOf(scheduleId, conflictId);
        ProposalStore.Stored p = proposals.find(proposalId).filter(s -> s.scheduleId().equals(scheduleId) && s.conflictId().equals(conflictId))
                .orElseThrow(() -> new NotFoundException("proposal", proposalId));
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new InvalidFieldException("If-Match", "applying a proposal needs If-Match with the schedule's ETag (\"v" + p.version()
                    + "\" for this proposal)", 428);
        }
        if (!p.state().equals("offered")) {
            throw conflict("proposal-used", "Proposal used", "proposal " + proposalId + " is " + p.state() + " already");
        }
        int current = conflicts.state(scheduleId).map(ConflictStore.ScheduleState::version).orElse(p.version());
        if (current != p.version()) {
            throw new PreconditionFailedException("proposal " + proposalId + " was made for version " + p.version() + " of schedule "
                    + scheduleId + ", which is at version " + current + " now: ask for proposals again", "\"v" + current + "\"");
        }
        if (!proposals.accept(proposalId, p.version() + 1)) {
            throw conflict("proposal-used", "Proposal used", "proposal " + proposalId + " is being applied by another request");
        }
        List<GameChange> changes = p.changes().stream().map(c -> new GameChange(c.gameId(), c.after().date(), c.after().venue(),
                c.after().home(), c.after().away(), null, null, startChange(c.before(), c.after()))).toList();
        String reason = "proposal " + proposalId + " (" + p.strategy() + ") for conflict " + conflictId + ": " + p.explanation();
        ResponseEntity<VersionView> answer;
        try {
            answer = scheduler.edit(scheduleId, ifMatch, actor == null || actor.isBlank() ? "anonymous" : actor,
                    new ScheduleEditRequest(changes, reason.length() > 2000 ? reason.substring(0, 2000) : reason));
        } catch (RestClientResponseException e) {
            proposals.release(proposalId);
            throw relayed(e);
        } catch (RestClientException e) {
            proposals.release(proposalId);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "the scheduler could not be reached to apply the proposal: " + e.getMessage());
            problem.setTitle("Scheduler unavailable");
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, e);
        }
        VersionView version = answer.getBody();
        if (version == null || version.version() != p.version() + 1) {
            // the scheduler made no version (nothing differed) or another one: the proposal did not make it
            proposals.release(proposalId);
        } else {
            proposals.applied(proposalId, version.version());
        }
        return ResponseEntity.ok().headers(h -> h.setETag(answer.getHeaders().getETag())).body(version);
    }

    private ConstraintSet activeSet(Season season, Sport sport) {
        try {
            return sets.of(season, sport, null);
        } catch (HardViolations.Unavailable e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "proposals are checked against the sport's "
                    + "active constraint set, which the constraints service cannot say now: " + e.getMessage());
            p.setTitle("Constraints unavailable");
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, p, e);
        }
    }

    private ConflictStore.Stored conflictOf(String scheduleId, String conflictId) {
        return conflicts.conflict(conflictId).filter(c -> c.scheduleId().equals(scheduleId))
                .orElseThrow(() -> new NotFoundException("conflict", scheduleId + "/conflicts/" + conflictId));
    }

    /** The scheduler's problem as this service's answer: same status and detail, and its ETag on a 412. */
    private ErrorResponseException relayed(RestClientResponseException e) {
        JsonNode body;
        try {
            body = json.readTree(e.getResponseBodyAsString(StandardCharsets.UTF_8));
        } catch (RuntimeException unreadable) {
            body = json.createObjectNode();
        }
        String detail = "the scheduler refused the proposal's edit: " + body.path("detail").asString(e.getStatusText());
        if (e.getStatusCode().value() == 412) {
            String etag = e.getResponseHeaders() == null ? null : e.getResponseHeaders().getETag();
            return new PreconditionFailedException(detail, etag == null ? body.path("etag").asString("") : etag);
        }
        HttpStatusCode status = e.getStatusCode();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(body.path("title").asString("Proposal not applied"));
        if (body.has("field")) {
            p.setProperty("field", body.get("field").asString());
        }
        return new ErrorResponseException(status, p, e);
    }

    private static ErrorResponseException conflict(String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        p.setType(URI.create("https://flextime.org/problems/" + type));
        p.setTitle(title);
        return new ErrorResponseException(HttpStatus.CONFLICT, p, null);
    }

    private static List<GameDifference> differences(List<ChangedGame> changes) {
        return changes.stream().map(c -> {
            List<String> fields = new ArrayList<>();
            if (!c.before().date().equals(c.after().date())) {
                fields.add("date");
            }
            if (!java.util.Objects.equals(c.before().venue(), c.after().venue())) {
                fields.add("venue");
            }
            if (!c.before().home().equals(c.after().home())) {
                fields.add("home");
                fields.add("away");
            }
            if (!java.util.Objects.equals(c.before().start(), c.after().start())) {
                fields.add("start");
            }
            return new GameDifference(c.gameId(), fields, view(c.before()), view(c.after()));
        }).toList();
    }

    /** The start a proposal's edit sends: left out when unchanged, "" when the proposal clears it. */
    private static String startChange(Game before, Game after) {
        if (java.util.Objects.equals(before.start(), after.start())) {
            return null;
        }
        return after.start() == null ? "" : GameStarts.text(after.start());
    }

    private static VersionGame view(Game g) {
        return new VersionGame(g.id(), g.date(), g.home(), g.away(), g.venue(), GameStarts.text(g.start()), false, null);
    }

    private static String kind(StrategyFailure f) {
        return f.kind() == StrategyFailure.Kind.THREW ? "threw" : "timed-out";
    }

    // the same change offered again for the same conflict and version is the same proposal
    private static String proposalId(String scheduleId, int version, String conflictId, Proposal p) {
        String key = scheduleId + "|" + version + "|" + conflictId + "|" + p.strategy() + "|"
                + p.changes().stream().map(c -> c.after().toString()).sorted().toList();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
