package org.flextime.engine.conflicts.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.engine.conflicts.Family;
import org.flextime.engine.conflicts.ScheduleConflict;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** The checks every candidate passes, the ranking, and strategies that throw or run too long kept apart. */
class ResolverTest {

    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final Sport MBB = SEASON.sport("MBB").orElseThrow();
    private static final ConstraintSet DAY_RULE = new ConstraintSet("MBB", "2025-26", List.of(new RuleDefinition("double-booking",
            "games-per-day", Severity.HARD, 1, JsonNodeFactory.instance.objectNode().put("max", 1))));
    private static final Game G1 = new Game("g1", LocalDate.parse("2026-01-04"), "KU", "BYU", "Allen Fieldhouse");
    private static final Game G2 = new Game("g2", LocalDate.parse("2026-01-03"), "KSU", "KU", "Bramlage Coliseum");

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final ScheduleJudge judge = new ScheduleJudge(SEASON, MBB, DAY_RULE, Map.of());
    private final Situation sundayGame = new Situation(SEASON, MBB, List.of(G1, G2), Set.of(), blackout());

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private ScheduleConflict blackout() {
        return judge.judge(List.of(G1, G2)).conflicts().stream().filter(c -> c.kind().equals("calendar-blackout")).findFirst()
                .orElseThrow();
    }

    private static ResolutionStrategy fixed(String name, Candidate... candidates) {
        return new ResolutionStrategy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "test strategy";
            }

            @Override
            public List<Candidate> propose(Situation s) {
                return List.of(candidates);
            }
        };
    }

    private static Candidate move(String date) {
        return new Candidate(List.of(new Game("g1", LocalDate.parse(date), "KU", "BYU", "Allen Fieldhouse")), "to " + date);
    }

    @Test
    void aCandidateThatKeepsTheConflictOrBooksATeamTwiceIsRejected() {
        Resolution r = new Resolver(pool, Duration.ofSeconds(5)).resolve(sundayGame, judge,
                List.of(fixed("t", move("2026-01-11"), move("2026-01-03"), move("2026-01-05"))), Effectiveness.UNKNOWN);
        assertThat(r.candidates()).isEqualTo(3);
        assertThat(r.rejected()).isEqualTo(2);
        assertThat(r.proposals()).extracting(Proposal::explanation).containsExactly("to 2026-01-05");
    }

    @Test
    void aThrowingStrategyIsReportedAndTheOthersStillCount() {
        ResolutionStrategy broken = new ResolutionStrategy() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String description() {
                return "throws";
            }

            @Override
            public List<Candidate> propose(Situation s) {
                throw new IllegalStateException("no idea");
            }
        };
        Resolution r = new Resolver(pool, Duration.ofSeconds(5)).resolve(sundayGame, judge,
                List.of(broken, fixed("ok", move("2026-01-05"))), Effectiveness.UNKNOWN);
        assertThat(r.failures()).containsExactly(new StrategyFailure("broken", StrategyFailure.Kind.THREW,
                "IllegalStateException: no idea"));
        assertThat(r.proposals()).extracting(Proposal::strategy).containsExactly("ok");
    }

    @Test
    void aStrategyPastTheBudgetIsCutOffAndReported() {
        ResolutionStrategy slow = new ResolutionStrategy() {
            @Override
            public String name() {
                return "slow";
            }

            @Override
            public String description() {
                return "sleeps";
            }

            @Override
            public List<Candidate> propose(Situation s) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of(move("2026-01-05"));
            }
        };
        Resolution r = new Resolver(pool, Duration.ofMillis(200)).resolve(sundayGame, judge,
                List.of(slow, fixed("ok", move("2026-01-05"))), Effectiveness.UNKNOWN);
        assertThat(r.failures()).containsExactly(new StrategyFailure("slow", StrategyFailure.Kind.TIMED_OUT,
                "no answer within 200 ms"));
        assertThat(r.proposals()).extracting(Proposal::strategy).containsExactly("ok");
    }

    @Test
    void theBetterRecordRanksFirstBetweenEqualChanges() {
        Effectiveness record = (strategy, family) -> strategy.equals("b") && family == Family.CALENDAR ? 1 : 0;
        Resolution r = new Resolver(pool, Duration.ofSeconds(5)).resolve(sundayGame, judge,
                List.of(fixed("a", move("2026-01-05")), fixed("b", move("2026-01-07"))), record);
        assertThat(r.proposals()).extracting(Proposal::strategy).containsExactly("b", "a");
        assertThat(r.proposals()).extracting(Proposal::score).containsExactly(-9.0, -7.0);
    }
}
