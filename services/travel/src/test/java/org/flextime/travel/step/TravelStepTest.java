package org.flextime.travel.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.SeasonDocuments;
import org.flextime.domain.Sport;
import org.flextime.engine.season.SeasonGenerator;
import org.flextime.engine.travel.SeasonTravel;
import org.flextime.platform.faults.FaultInjection;
import org.flextime.platform.saga.JdbcStepResults;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.DefaultRules;
import org.flextime.rules.RuleCompiler;
import org.flextime.travel.config.TravelProperties;
import org.flextime.travel.schedules.ScheduleTravel;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The saga's travel step on the season engine's WBB draft of the bundled season, no constraints service configured (the
 * sport's default set): its reply and the result it stores.
 */
class TravelStepTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final Sport WBB = SEASON.sport("WBB").orElseThrow();
    private static final List<Game> DRAFT = new SeasonGenerator().generate(SEASON, WBB, 1);

    private final List<EventEnvelope> published = new ArrayList<>();
    private final JdbcStepResults results = new JdbcStepResults(new JdbcTemplate(TestDatabases.migratedSchema("h2", "travel")));

    private Payloads.TravelOptimized optimize(Duration budget) throws Exception {
        SeasonDocuments seasons = new SeasonDocuments(4);
        TravelStep step = new TravelStep(results, published::add, new FaultInjection(Map.of()), JSON, seasons,
                new ScheduleTravel(null, null, null, seasons, JSON, Duration.ofSeconds(5)),
                new TravelProperties(null, null, null, Duration.ofSeconds(5), budget));
        List<Payloads.GameData> games = DRAFT.stream().map(g -> new Payloads.GameData(g.id(), g.date(), g.home(), g.away(),
                g.venue(), GameStarts.text(g.start()))).toList();
        EventEnvelope command = EventEnvelope.first("/flextime/scheduler", EventTypes.TRAVEL_OPTIMIZE, "sch1", JSON.valueToTree(
                new Payloads.ScheduleWork("saga1", "sch1", "WBB", "2025-26", games, 1,
                        JSON.readTree(SeasonCatalog.bundledDocuments().get("2025-26")), null)), "c1");
        step.subscriptions().get(0).handler().handle(command);
        assertThat(published).singleElement().extracting(EventEnvelope::type).isEqualTo(EventTypes.TRAVEL_OPTIMIZED);
        Payloads.TravelOptimized reply = JSON.treeToValue(published.get(0).data(), Payloads.TravelOptimized.class);
        assertThat(JSON.readTree(results.forSchedule("sch1").orElseThrow())).as("the result GET /api/v1/travel/{id} answers")
                .isEqualTo(published.get(0).data());
        return reply;
    }

    @Test
    void aDraftComesBackCheaperWithTheGamesItChangedAndItsFiguresBeforeAndAfter() throws Exception {
        Payloads.TravelOptimized reply = optimize(Duration.ofSeconds(2));

        SeasonTravel travel = new SeasonTravel(SEASON, WBB);
        Map<String, Game> changed = reply.changedGames().stream().map(g -> new Game(g.id(), g.date(), g.home(), g.away(),
                g.venue(), GameStarts.parse(g.start()))).collect(Collectors.toMap(Game::id, Function.identity()));
        List<Game> after = DRAFT.stream().map(g -> changed.getOrDefault(g.id(), g)).toList();
        assertThat(changed).isNotEmpty();
        assertThat(reply.dollarsBefore()).isEqualTo((double) travel.dollars(DRAFT));
        assertThat(reply.milesBefore()).isEqualTo((double) travel.summarize(DRAFT).miles());
        assertThat(reply.totalDollars()).isEqualTo((double) travel.dollars(after)).isLessThan(reply.dollarsBefore());
        assertThat(reply.totalMiles()).isEqualTo((double) travel.summarize(after).miles());
        assertThat(reply.saving()).isEqualTo(reply.dollarsBefore() - reply.totalDollars());
        CompiledSet rules = new RuleCompiler().compile(new DefaultRules().forSport(SEASON, WBB), SEASON);
        assertThat(rules.validate(after).hardViolations()).isLessThanOrEqualTo(rules.validate(DRAFT).hardViolations());
    }

    @Test
    void aDraftTheOptimizerDoesNotImproveKeepsItsGamesAndSavesNothing() throws Exception {
        // a nanosecond is over before the search's first move
        Payloads.TravelOptimized reply = optimize(Duration.ofNanos(1));

        assertThat(reply.changedGames()).isEmpty();
        assertThat(reply.saving()).isZero();
        assertThat(reply.totalDollars()).isEqualTo(reply.dollarsBefore()).isEqualTo((double) new SeasonTravel(SEASON, WBB).dollars(DRAFT));
        assertThat(reply.totalMiles()).isEqualTo(reply.milesBefore());
    }
}
