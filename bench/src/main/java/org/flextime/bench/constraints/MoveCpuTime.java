package org.flextime.bench.constraints;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.DefaultRules;
import org.flextime.rules.IncrementalValidation;
import org.flextime.rules.RuleCompiler;
import org.flextime.engine.season.SeasonGenerator;

/**
 * The benchmark's moveOneGame in thread CPU time: on a machine shared by several builds a wall-clock average mostly
 * measures the wait for a core, the CPU time of the validating thread does not. Same schedule, sets and 256 moves
 * as {@link ConstraintsBenchmark}; each set is warmed up by 20,000 moves, then measured in 5 rounds of 10,000.
 * Usage: {@code bench/constraints/run --cpu}.
 */
public final class MoveCpuTime {

    private MoveCpuTime() {
    }

    /** Prints one line per set: median and best round, CPU and wall microseconds per move. */
    public static void main(String[] args) {
        Season season = SeasonCatalog.bundled().find("2025-26").orElseThrow();
        Sport mbb = season.sport("MBB").orElseThrow();
        List<Game> games = new SeasonGenerator().generate(season, mbb, 7);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("| set | CPU us/move, median of 5 rounds | best round | wall us/move, median | rules |");
        System.out.println("|---|---|---|---|---|");
        for (String set : args.length > 0 ? List.of(args) : List.of("default", "robinx", "extended")) {
            ConstraintSet rules = ConstraintsBenchmark.rules(season, mbb, set);
            CompiledSet compiled = new RuleCompiler().compile(rules, season);
            IncrementalValidation state = compiled.start(games);
            List<Game> moves = new ArrayList<>();
            List<Game> originals = new ArrayList<>();
            Random random = new Random(11);
            for (int i = 0; i < 256; i++) {
                Game g = games.get(random.nextInt(games.size()));
                List<LocalDate> dates = season.matchDates(mbb, g.home(), g.away());
                originals.add(g);
                moves.add(g.withDate(dates.get(random.nextInt(dates.size()))));
            }
            run(state, moves, originals, 20_000);
            List<Double> cpu = new ArrayList<>();
            List<Double> wall = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                run(state, moves, originals, 10_000);
                cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1000.0 / 10_000);
                wall.add((System.nanoTime() - w0) / 1000.0 / 10_000);
            }
            System.out.println(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |", set, median(cpu),
                    cpu.stream().mapToDouble(Double::doubleValue).min().orElseThrow(), median(wall), rules.rules().size()));
        }
    }

    private static void run(IncrementalValidation state, List<Game> moves, List<Game> originals, int count) {
        for (int i = 0; i < count; i++) {
            // an even count of moves: every move is followed by its move back, so each round starts from the same schedule
            Game g = (i & 1) == 0 ? moves.get((i >> 1) & 255) : originals.get((i >> 1) & 255);
            state.update(List.of(g), List.of());
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
