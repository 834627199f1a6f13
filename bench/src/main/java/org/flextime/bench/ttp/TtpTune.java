package org.flextime.bench.ttp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.flextime.engine.ttp.TtpEvaluation;
import org.flextime.engine.ttp.TtpEvaluator;
import org.flextime.engine.ttp.TtpInstance;
import org.flextime.engine.ttp.TtpRobinx;
import org.flextime.engine.ttp.TtpResult;
import org.flextime.engine.ttp.TtpSolver;
import org.flextime.engine.ttp.TtpSolverConfig;

/**
 * Development helper: runs only our solver on the named instances and prints objective, gap, time to best and
 * moves per second. Usage: TtpTune SECONDS THREADS SEED NAME...
 */
public final class TtpTune {

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[0]);
        int threads = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        String env = System.getenv("FLEXTIME_DATA");
        Path ttp = Path.of(env != null ? env : "data").resolve("ttp");
        BestKnown best = BestKnown.read(ttp.resolve("best-known.csv"));
        for (int i = 3; i < args.length; i++) {
            TtpInstance instance = new TtpRobinx().read(ttp.resolve("instances").resolve(args[i] + ".xml"));
            long cpu0 = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            TtpResult r = new TtpSolver().solve(instance,
                    new TtpSolverConfig(Duration.ofMillis(Math.round(seconds * 1000)), seed, threads));
            double cpu = (((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() - cpu0) / 1e9;
            TtpEvaluation e = new TtpEvaluator().evaluate(instance, r.games());
            long bk = best.upperBounds().get(instance.name());
            System.out.printf(Locale.ROOT, "%-7s %7d %s %+6.2f%% best@%5.1fs %6.2fM moves/s %6.2fM moves/cpu-s%n", args[i],
                    e.distance(), e.feasible() ? "ok " : "INF", 100.0 * (e.distance() - bk) / bk,
                    r.timeToBest().toMillis() / 1000.0, r.evaluatedMoves() / seconds / 1e6, r.evaluatedMoves() / cpu / 1e6);
        }
    }
}
