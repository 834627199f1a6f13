package org.flextime.travel.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flextime.contracts.api.GameChange;
import org.flextime.contracts.api.Page;
import org.flextime.contracts.api.ScheduleListItem;
import org.flextime.contracts.api.ScheduleEditRequest;
import org.flextime.contracts.api.ScheduleSummary;
import org.flextime.contracts.api.SeasonView;
import org.flextime.contracts.api.TravelOptimizeRequest;
import org.flextime.contracts.api.TravelOptimizeResult;
import org.flextime.contracts.api.TravelReportView;
import org.flextime.contracts.api.VersionGame;
import org.flextime.contracts.api.VersionView;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.SeasonDocuments;
import org.flextime.domain.Sport;
import org.flextime.engine.season.SeasonGenerator;
import org.flextime.engine.travel.OptimizedTravel;
import org.flextime.engine.travel.SeasonTravel;
import org.flextime.engine.travel.TravelOptions;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.rules.ConstraintSetDocument;
import org.flextime.rules.DefaultRules;
import org.flextime.travel.fares.LiveFares;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The travel of a stored schedule, with the scheduler's API answered in memory: the season engine's WBB draft of the
 * bundled season as version 1 (its first five games pinned), the bundled season as version 1 of the season.
 */
class ScheduleTravelTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final List<Game> DRAFT = new SeasonGenerator().generate(SEASON, SEASON.sport("WBB").orElseThrow(), 1);
    private static final JsonNode DOCUMENT = JSON.readTree(SeasonCatalog.bundledDocuments().get("2025-26"));

    /** The scheduler as far as travel uses it, recording the edits it is sent. */
    private static final class Scheduler implements SchedulerApi {
        private final List<VersionGame> games = new ArrayList<>();
        private final List<String> edits = new ArrayList<>();
        private final List<String> listed = new ArrayList<>();
        /** The final MBB schedule the scheduler lists, if any. */
        private List<VersionGame> mbb = List.of();
        private ScheduleEditRequest edit;

        Scheduler(List<Game> draft) {
            for (int i = 0; i < draft.size(); i++) {
                Game g = draft.get(i);
                games.add(new VersionGame(g.id(), g.date(), g.home(), g.away(), g.venue(), null, i < 5, i < 5 ? "TV" : null));
            }
        }

        @Override
        public ScheduleSummary schedule(String id) {
            return new ScheduleSummary(id, "WBB", "2025-26", "final", games.size(), 0, 0, 0, 0.0, 80.0, 1, "draft", 1);
        }

        @Override
        public Page<ScheduleListItem> schedules(String season, String sport, String state, int limit) {
            listed.add(season + " " + sport + " " + state + " " + limit);
            return new Page<>(sport.equals("MBB") && !mbb.isEmpty() ? List.of(new ScheduleListItem("m1", "MBB", season, "final",
                    mbb.size(), "j1", Instant.EPOCH, Instant.EPOCH, "draft", 3)) : List.of(), null, null);
        }

        @Override
        public VersionView version(String id, int version) {
            return new VersionView(id, version, "draft", "scheduler", Instant.EPOCH, null, null, id.equals("m1") ? mbb : games);
        }

        @Override
        public SeasonView season(String id, int version) {
            return new SeasonView(id, version, "import", Instant.EPOCH, DOCUMENT);
        }

        @Override
        public VersionView edit(String id, String ifMatch, String actor, ScheduleEditRequest edit) {
            edits.add(ifMatch + " " + actor);
            this.edit = edit;
            return new VersionView(id, 2, "draft", actor, Instant.EPOCH, edit.reason(), null, games);
        }
    }

    private static ScheduleTravel travel(Scheduler scheduler, LiveFares fares) {
        return new ScheduleTravel(scheduler, null, fares, new SeasonDocuments(4), JSON, Duration.ofSeconds(2));
    }

    @Test
    void theReportPricesTheCurrentVersionByTheSeasonsTable() {
        TravelReportView r = travel(new Scheduler(DRAFT), null).report("s1", null);
        SeasonTravel expected = new SeasonTravel(SEASON, SEASON.sport("WBB").orElseThrow());
        assertThat(r.dollars()).isEqualTo(expected.dollars(DRAFT)).isPositive();
        assertThat(r.priceSource()).isEqualTo("season table");
        assertThat(r.priceNote()).isNull();
        assertThat(r.party()).isEqualTo(20);
        assertThat(r.teams()).hasSize(16);
        assertThat(r.spread().difference()).isEqualTo(r.spread().mostDollars() - r.spread().leastDollars()).isPositive();
        TravelReportView.Trip trip = r.teams().get(0).trips().get(0);
        assertThat(trip.legs().get(0).from()).isEqualTo(r.teams().get(0).team());
        assertThat(trip.legs().get(trip.legs().size() - 1).to()).isEqualTo(r.teams().get(0).team());
        assertThat(trip.legs()).extracting(TravelReportView.Leg::mode)
                .isSubsetOf("charter-bus", "charter-flight", "commercial-flight");
    }

    @Test
    void optimizingSavesANewVersionAsTheTravelOptimizerAgainstTheVersionItRead() {
        Scheduler scheduler = new Scheduler(DRAFT);
        TravelOptimizeResult r = travel(scheduler, null).optimize("s1", new TravelOptimizeRequest(null, 7L, null, null, null, 3_000L));
        assertThat(scheduler.edits).containsExactly("\"v1\" travel-optimizer");
        assertThat(r.fromVersion()).isEqualTo(1);
        assertThat(r.version()).isEqualTo(2);
        assertThat(r.saving()).isPositive().isEqualTo(r.dollarsBefore() - r.dollarsAfter());
        assertThat(r.hardViolations()).isZero();
        assertThat(scheduler.edit.changes()).hasSameSizeAs(r.changedGames()).extracting(GameChange::gameId)
                .doesNotContainAnyElementsOf(DRAFT.subList(0, 5).stream().map(Game::id).toList());
        assertThat(scheduler.edit.reason()).startsWith("travel optimizer: $");
    }

    @Test
    void optimizingWomensBasketballReadsTheLatestFinalMensScheduleForTheSharedArenas() {
        // men's basketball at home wherever and whenever women's is: every WBB home game shares its school's day
        Scheduler alone = new Scheduler(DRAFT);
        Scheduler paired = new Scheduler(DRAFT);
        paired.mbb = List.copyOf(paired.games);
        TravelOptimizeResult without = travel(alone, null).optimize("s1", new TravelOptimizeRequest(null, 7L, null, null, null, 200L));
        TravelOptimizeResult with = travel(paired, null).optimize("s1", new TravelOptimizeRequest(null, 7L, null, null, null, 200L));
        assertThat(paired.listed).containsExactly("2025-26 MBB final 1");
        // shared-home-day: 200 per home game of a school on a day its other team hosts, all 144 WBB games
        assertThat(with.softPenaltyBefore() - without.softPenaltyBefore()).isEqualTo(144 * 200);
    }

    /** The constraints service as far as travel reads it: one WBB set, active at version 2, recording what is read. */
    private static final class Constraints implements ConstraintsApi {
        private final List<String> read = new ArrayList<>();

        @Override
        public JsonNode sets(String season, String sport) {
            return JSON.readTree("[{\"id\":\"wbb-set\",\"activeVersion\":2}]");
        }

        @Override
        public JsonNode version(String id, int version) {
            read.add(id + " v" + version);
            ObjectNode v = JSON.createObjectNode();
            v.set("document", new ConstraintSetDocument().write(new DefaultRules().forSport(SEASON, SEASON.sport("WBB").orElseThrow())));
            return v;
        }

        @Override
        public JsonNode validate(JsonNode request) {
            throw new AssertionError("a draft is validated by the saga's next step, not here");
        }
    }

    private static final TravelOptions THREE_THOUSAND_MOVES = new TravelOptions(7, Duration.ofSeconds(60), 3_000,
            TravelOptions.DEFAULT.softPrice());

    @Test
    void aDraftIsOptimizedLikeAStoredScheduleButNothingIsSaved() {
        Scheduler scheduler = new Scheduler(DRAFT);
        Sport wbb = SEASON.sport("WBB").orElseThrow();
        OptimizedTravel r = travel(scheduler, null).optimizeDraft(SEASON, wbb, DRAFT, null, THREE_THOUSAND_MOVES);
        assertThat(r.saving()).isPositive();
        assertThat(r.dollarsBefore()).isEqualTo(new SeasonTravel(SEASON, wbb).dollars(DRAFT));
        assertThat(r.dollarsAfter()).isEqualTo(new SeasonTravel(SEASON, wbb).dollars(r.games()));
        assertThat(r.after().hardViolations()).isLessThanOrEqualTo(r.before().hardViolations()).isZero();
        assertThat(scheduler.edits).isEmpty();
    }

    @Test
    void aDraftIsOptimizedUnderTheConstraintSetVersionItsJobWasBuiltFor() {
        Constraints constraints = new Constraints();
        ScheduleTravel travel = new ScheduleTravel(new Scheduler(DRAFT), constraints, null, new SeasonDocuments(4), JSON,
                Duration.ofSeconds(2));
        Sport wbb = SEASON.sport("WBB").orElseThrow();
        travel.optimizeDraft(SEASON, wbb, DRAFT, 1, new TravelOptions(7, Duration.ofSeconds(60), 10, 50));
        travel.optimizeDraft(SEASON, wbb, DRAFT, null, new TravelOptions(7, Duration.ofSeconds(60), 10, 50));
        travel.optimizeDraft(SEASON, wbb, DRAFT, 0, new TravelOptions(7, Duration.ofSeconds(60), 10, 50));
        assertThat(constraints.read).as("version 0 is the defaults, read from no one").containsExactly("wbb-set v1", "wbb-set v2");
    }

    @Test
    void aPartyOfZeroIsRejectedNamingTheField() {
        assertThatThrownBy(() -> travel(new Scheduler(DRAFT), null).report("s1", 0)).isInstanceOfSatisfying(
                InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("party");
                    assertThat(e.status()).isEqualTo(422);
                });
    }

    @Test
    void impossibleTripLimitsAreRejectedNamingTheField() {
        Scheduler scheduler = new Scheduler(DRAFT);
        assertThatThrownBy(() -> travel(scheduler, null).optimize("s1", new TravelOptimizeRequest(1, 1L, null, 0, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("maxGapDays"));
        assertThatThrownBy(() -> travel(scheduler, null).optimize("s1", new TravelOptimizeRequest(1, 1L, null, null, 0)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("maxDaysAway"));
        assertThatThrownBy(() -> travel(scheduler, null).optimize("s1", new TravelOptimizeRequest(null, 1L, null, null, null, 0L)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("moves"));
        assertThat(scheduler.edits).isEmpty();
    }

    @Test
    void aGameAtAnUnknownVenueIsRejectedNamingIt() {
        List<Game> games = new ArrayList<>(DRAFT);
        Game g = games.get(3);
        games.set(3, new Game(g.id(), g.date(), g.home(), g.away(), "Madison Square Garden"));
        assertThatThrownBy(() -> travel(new Scheduler(games), null).report("s1", null)).isInstanceOfSatisfying(
                InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("games[3].venue"));
    }

    @Test
    void aFareFeedThatFailsFallsBackToTheTableAndTheReportSaysSo() {
        // nothing listens on port 9: every quote fails, so the table prices every leg
        LiveFares dead = new LiveFares("http://127.0.0.1:9", Duration.ofMillis(200), Duration.ofHours(1), 4,
                Duration.ofMinutes(5), JSON, Clock.systemUTC());
        TravelReportView r = travel(new Scheduler(DRAFT), dead).report("s1", null);
        assertThat(r.dollars()).isEqualTo(new SeasonTravel(SEASON, SEASON.sport("WBB").orElseThrow()).dollars(DRAFT));
        assertThat(r.priceSource()).isEqualTo("live fare feed");
        assertThat(r.priceNote()).contains("fares from the season's table");
    }
}
