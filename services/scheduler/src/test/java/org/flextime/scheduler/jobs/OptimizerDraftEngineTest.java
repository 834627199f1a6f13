package org.flextime.scheduler.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.ConstraintSetDocument;
import org.flextime.rules.DefaultRules;
import org.flextime.rules.RuleDefinition;
import org.flextime.engine.season.SeasonGenerator;
import org.flextime.engine.season.optimizer.SeasonOptimizer;
import org.junit.jupiter.api.Test;
import org.flextime.engine.cpsat.season.SeasonTimetable;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.RuleCompiler;

/**
 * The job queue optimizes against the sport's active constraint set (fetched from the constraints service's public
 * API, the defaults when none is active; no draft when the service cannot be reached) and with the companion schedule
 * its rules name.
 */
class OptimizerDraftEngineTest {
    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final Sport WBB = SEASON.sport("WBB").orElseThrow();

    @Test
    void theActiveSetFromTheConstraintsServiceIsTheOneOptimizedAgainst() throws IOException {
        ConstraintSet defaults = new DefaultRules().forSport(SEASON, WBB);
        // the active version: the defaults without the weekend rule
        List<RuleDefinition> rules = new ArrayList<>(defaults.rules());
        rules.removeIf(r -> r.id().equals("weekend-home-games"));
        String document = new ConstraintSetDocument().write(new ConstraintSet("WBB", "2025-26", rules)).toString();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/constraint-sets", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = path.endsWith("/versions/2")
                    ? "{\"setId\":\"cs-wbb\",\"version\":2,\"contentHash\":\"abc\",\"active\":true,\"document\":" + document + "}"
                    : "[{\"id\":\"cs-old\",\"sport\":\"WBB\",\"season\":\"2025-26\",\"activeVersion\":null},"
                    + "{\"id\":\"cs-wbb\",\"sport\":\"WBB\",\"season\":\"2025-26\",\"activeVersion\":2}]";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            ConstraintsClient client = client("http://127.0.0.1:" + server.getAddress().getPort(), Duration.ZERO);
            ConstraintSetSource.Choice choice = client.active(SEASON, WBB);
            assertThat(choice.label()).isEqualTo("constraint set cs-wbb v2 (abc)");
            assertThat(choice.setId()).isEqualTo("cs-wbb");
            assertThat(choice.version()).isEqualTo(2);
            assertThat(choice.set().rules()).extracting(RuleDefinition::id).doesNotContain("weekend-home-games").contains("shared-home-day");

            List<Game> mens = List.of(new Game("g001", LocalDate.of(2026, 1, 3), "KU", "BYU", "Allen Fieldhouse"));
            OptimizerDraftEngine engine = new OptimizerDraftEngine(new SeasonOptimizer(), new SeasonGenerator(), client,
                    (sport, season) -> sport.equals("MBB") && season.equals("2025-26") ? Optional.of(mens) : Optional.empty());
            OptimizerDraftEngine.Prepared p = engine.prepare(SEASON, WBB, Map.<String, Object>of(), Duration.ofSeconds(3));
            assertThat(p.options().constraintSet()).isEqualTo(choice.set());
            assertThat(p.options().companion()).isEqualTo(mens);
            assertThat(p.constraintSet()).isEqualTo("constraint set cs-wbb v2 (abc)");
            assertThat(p.companion()).isEqualTo("the latest completed MBB 2025-26 schedule (1 games)");
            // the companion's home game is an event of the set's shared-home-day rule
            assertThat(SeasonOptimizer.constraintSet(SEASON, WBB, p.options()).rule("shared-home-day").orElseThrow()
                    .params().get("events")).hasSize(1);
            // a weight may name a rule only the active set has; an unknown one is refused with the known names
            assertThatThrownBy(() -> OptimizerDraftEngine.check(SEASON, WBB, Map.<String, Object>of("weights", Map.of("beauty", 3)), choice.set()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown soft constraint 'beauty'")
                    .hasMessageContaining("shared-home-day");
            OptimizerDraftEngine.check(SEASON, WBB, Map.<String, Object>of("weights", Map.of("sharedHomeDay", 3, "home-streak-preferred", 2)), null);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void womensGamesInTheMensArenaOnTheirDayGetADoubleheaderStart() {
        Sport mbb = SEASON.sport("MBB").orElseThrow();
        List<Game> mens = new SeasonGenerator().generate(SEASON, mbb, 1);
        OptimizerDraftEngine engine = new OptimizerDraftEngine(new SeasonOptimizer(), new SeasonGenerator(), ConstraintSetSource.DEFAULTS,
                (sport, season) -> sport.equals("MBB") ? Optional.of(mens) : Optional.empty());

        List<Game> womens = engine.draft(SEASON, WBB, Map.<String, Object>of("seed", 3L), null, Duration.ofSeconds(2), p -> { },
                () -> false).games();

        java.util.Set<String> mensDays = new java.util.HashSet<>();
        mens.forEach(m -> mensDays.add(m.venue() + "|" + m.date()));
        List<Game> sharing = womens.stream().filter(w -> mensDays.contains(w.venue() + "|" + w.date())).toList();
        // the default set weighs shared days as a soft rule, so a 2 s search leaves some; each starts 13:00, six hours
        // (a game and the default turnaround) before the men's usual 19:00, and the others keep the usual start
        assertThat(sharing).isNotEmpty().allSatisfy(w -> assertThat(w.start()).isEqualTo(java.time.LocalTime.of(13, 0)));
        assertThat(womens.stream().filter(w -> !sharing.contains(w))).allSatisfy(w -> assertThat(w.start()).isNull());
    }

    private static ConstraintsClient client(String url, Duration retryFor) {
        return new ConstraintsClient(org.flextime.platform.web.HttpServiceClients.create(ConstraintsApi.class, url, Duration.ofSeconds(1),
                Duration.ofSeconds(2), tools.jackson.databind.json.JsonMapper.builder().build(), () -> "a-token"), Duration.ofMillis(100), retryFor);
    }

    @Test
    void anUnreachableConstraintsServiceIsAskedAgainWithBackoffThenTheDraftFailsWithTheReason() {
        ConstraintsClient down = client("http://127.0.0.1:9", Duration.ofMillis(500));
        long started = System.nanoTime();
        assertThatThrownBy(() -> down.active(SEASON, WBB)).isInstanceOf(ConstraintSetSource.Unavailable.class)
                .hasMessageStartingWith("constraints service unavailable for 0 s, so the sport's active constraint set is unknown (");
        // asked after 100, 200 ms; the next wait (400 ms) would pass the 500 ms window
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        OptimizerDraftEngine engine = new OptimizerDraftEngine(new SeasonOptimizer(), new SeasonGenerator(), down,
                (sport, season) -> Optional.empty());
        assertThatThrownBy(() -> engine.draft(SEASON, WBB, Map.of(), null, Duration.ofSeconds(1), p -> { }, () -> false))
                .isInstanceOf(ConstraintSetSource.Unavailable.class);
    }

    @Test
    void withoutAnActiveSetOrAConfiguredServiceTheDefaultsAreUsed() {
        assertThat(ConstraintSetSource.DEFAULTS.active(SEASON, WBB).label()).isEqualTo("default set (no constraints service configured)");
        OptimizerDraftEngine engine = new OptimizerDraftEngine(new SeasonOptimizer(), new SeasonGenerator());
        OptimizerDraftEngine.Prepared p = engine.prepare(SEASON, WBB, Map.<String, Object>of("weights", Map.of("travel", 2)), Duration.ofSeconds(2));
        assertThat(p.options().constraintSet()).isNull();
        assertThat(p.options().companion()).isEmpty();
        assertThat(p.companion()).isEqualTo("no completed MBB 2025-26 schedule yet");
        assertThat(p.options().budget()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theBig12SportsDraftsKeepEveryRuleTheCpSatPathHoldsSoTheyNeverTakeIt() {
        for (Sport sport : SEASON.sports()) {
            if (!SeasonTimetable.supports(sport)) {
                continue;
            }
            CompiledSet set = new RuleCompiler().compile(new DefaultRules().forSport(SEASON, sport), SEASON);
            List<Game> draft = new SeasonGenerator().generate(SEASON, sport, set.set(), 2025L);
            assertThat(SeasonTimetable.brokenButEncodable(set, draft)).as(sport.code()).isEmpty();
        }
    }
}
