package org.flextime.bench.constraints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.flextime.rules.ValidationReport;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.DefaultRules;
import org.flextime.rules.IncrementalValidation;
import org.flextime.rules.RuleCompiler;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.Severity;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.engine.season.SeasonGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validation of a generated Big 12 men's basketball season (16 teams, 160 games): a full validation against the
 * whole constraint set, and the re-validation after moving one game (incremental). "default" is the set the
 * saga uses with zero config (format, calendar, blackouts and the MBB rules of the season JSON); "extended"
 * adds one rule of every other kind, RobinX ones included; "robinx" adds only the RobinX ones (CA3, CA1, BR2, SE1).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ConstraintsBenchmark {

    /** Which constraint set. */
    @Param({"default", "robinx", "extended"})
    public String set;

    private CompiledSet compiled;
    private List<Game> games;
    private IncrementalValidation state;
    private final List<Game> moves = new ArrayList<>();
    private final List<Game> originals = new ArrayList<>();
    private int next;

    /** Generates the season (seed 7), compiles the set and prepares 256 moves of a game to another play date. */
    @Setup(Level.Trial)
    public void setUp() {
        Season season = SeasonCatalog.bundled().find("2025-26").orElseThrow();
        Sport mbb = season.sport("MBB").orElseThrow();
        games = new SeasonGenerator().generate(season, mbb, 7);
        if (games.size() != 160) {
            throw new IllegalStateException("expected 160 MBB games, generated " + games.size());
        }
        compiled = new RuleCompiler().compile(rules(season, mbb, set), season);
        state = compiled.start(games);
        Random random = new Random(11);
        for (int i = 0; i < 256; i++) {
            Game g = games.get(random.nextInt(games.size()));
            List<LocalDate> dates = season.matchDates(mbb, g.home(), g.away());
            LocalDate to = dates.get(random.nextInt(dates.size()));
            originals.add(g);
            moves.add(g.withDate(to));
        }
    }

    /** Full validation of the 160 games. */
    @Benchmark
    public ValidationReport fullValidation() {
        return compiled.validate(games);
    }

    /** One game moved to another date (and, on the next call, moved back), re-validated incrementally. */
    @Benchmark
    public ValidationReport moveOneGame() {
        int i = next++;
        Game g = (i & 1) == 0 ? moves.get((i >> 1) & 255) : originals.get((i >> 1) & 255);
        return state.update(List.of(g), List.of());
    }

    /** The named set: "default", "robinx" or "extended". */
    static ConstraintSet rules(Season season, Sport mbb, String set) {
        ConstraintSet rules = new DefaultRules().forSport(season, mbb);
        if (set.equals("extended")) {
            rules = extended(rules, mbb);
        } else if (set.equals("robinx")) {
            // the defaults plus the extended set's RobinX rules only: what those cost, apart from the other kinds
            ConstraintSet base = rules;
            rules = new ConstraintSet(base.sport(), base.season(), extended(base, mbb).rules().stream()
                    .filter(r -> base.rule(r.id()).isPresent() || r.kind().equals("robinx")).toList());
        }
        return rules;
    }

    private static ConstraintSet extended(ConstraintSet base, Sport mbb) {
        JsonMapper json = JsonMapper.builder().build();
        List<RuleDefinition> rules = new ArrayList<>(base.rules());
        String from = mbb.window().from().toString();
        rules.add(rule(json, "two-rest-days", "rest-days", Severity.SOFT, "{\"minDays\":2}"));
        rules.add(rule(json, "home-streak-3", "max-consecutive", Severity.SOFT, "{\"side\":\"home\",\"max\":3}"));
        rules.add(rule(json, "exams", "exam-periods", Severity.HARD, "{\"periods\":[{\"name\":\"spring break\",\"from\":\"2026-03-02\",\"to\":\"2026-03-04\",\"teams\":[\"BYU\",\"UTAH\"]}]}"));
        rules.add(rule(json, "arena-closed", "venue-availability", Severity.HARD, "{\"unavailable\":[{\"venue\":\"Allen Fieldhouse\",\"from\":\"2026-02-01\",\"to\":\"2026-02-03\"}]}"));
        rules.add(rule(json, "turnaround", "venue-turnaround", Severity.SOFT, "{\"minHours\":20,\"bookings\":[{\"venue\":\"Allen Fieldhouse\",\"start\":\"2026-01-10T12:00\",\"end\":\"2026-01-10T15:00\"}]}"));
        rules.add(rule(json, "one-event-a-day", "home-events-per-day", Severity.SOFT, "{\"max\":1,\"events\":[{\"team\":\"KU\",\"date\":\"2026-01-10\",\"label\":\"KU WBB\"}]}"));
        rules.add(rule(json, "ca3-two-away-in-five-days", "robinx", Severity.SOFT, "{\"constraint\":\"CA3\",\"teams1\":[\"KU\",\"BYU\",\"TCU\",\"UCF\"],"
                + "\"teams2\":" + teams(mbb) + ",\"intp\":5,\"max\":2,\"mode1\":\"A\"}"));
        rules.add(rule(json, "ca1-home-opener", "robinx", Severity.SOFT, "{\"constraint\":\"CA1\",\"teams\":" + teams(mbb) + ",\"slots\":[\"" + from
                + "\",\"" + mbb.window().from().plusDays(1) + "\"],\"min\":0,\"max\":1,\"mode\":\"H\"}"));
        rules.add(rule(json, "br2-breaks", "robinx", Severity.SOFT, "{\"constraint\":\"BR2\",\"teams\":" + teams(mbb) + ",\"slots\":" + slots(mbb) + ",\"intp\":60}"));
        rules.add(rule(json, "se1-separation", "robinx", Severity.SOFT, "{\"constraint\":\"SE1\",\"teams\":" + teams(mbb) + ",\"min\":5}"));
        return new ConstraintSet(base.sport(), base.season(), rules);
    }

    private static RuleDefinition rule(JsonMapper json, String id, String kind, Severity severity, String params) {
        return new RuleDefinition(id, kind, severity, 1, json.readTree(params));
    }

    private static String teams(Sport sport) {
        return "[\"" + String.join("\",\"", sport.participants()) + "\"]";
    }

    private static String slots(Sport sport) {
        List<String> days = new ArrayList<>();
        for (LocalDate d = sport.window().from(); !d.isAfter(sport.window().to()); d = d.plusDays(1)) {
            days.add(d.toString());
        }
        return "[\"" + String.join("\",\"", days) + "\"]";
    }
}
