package org.flextime.engine.ttp;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.flextime.rules.robinx.Ca3;
import org.flextime.rules.robinx.DistanceMatrix;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.ObjectiveValue;
import org.flextime.rules.robinx.RobinxFormatException;
import org.flextime.rules.robinx.RobinxReader;
import org.flextime.rules.robinx.ScheduledMatch;
import org.flextime.rules.robinx.Se1;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.SolutionMetaData;
import org.flextime.rules.robinx.Team;

/**
 * The TTP engine's side of RobinX: documents are read and written by {@code rules/robinx}; this turns a read
 * {@link Instance} into a {@link TtpInstance} (its distance matrix and streak and separation limits) and a schedule
 * into a {@link Solution}.
 */
public final class TtpRobinx {

    /** The classic TTP streak limit, used when the instance has no CA3. */
    private static final int CLASSIC_MAX_STREAK = 3;

    /** Reads an instance file; every problem, unreadable file included, is a {@link TtpFormatException}. */
    public TtpInstance read(Path file) {
        try {
            return instance(new RobinxReader().readInstance(file), file);
        } catch (NoSuchFileException e) {
            throw new TtpFormatException("no such file: " + file, e);
        } catch (IOException e) {
            throw new TtpFormatException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (RobinxFormatException e) {
            throw new TtpFormatException(e.getMessage(), e);
        }
    }

    /** The TTP view of an instance read from a file, named after the file when the document gives no name. */
    public TtpInstance instance(Instance instance, Path source) {
        return instance(instance.name().isBlank() ? renamed(instance, fileStem(source)) : instance);
    }

    /** The TTP view of a RobinX instance: every pair of teams needs a distance, CA3 a streak limit, SE1 min at most 1. */
    public TtpInstance instance(Instance instance) {
        String name = instance.name();
        int n = instance.teamCount();
        if (n == 0) {
            throw new TtpFormatException(name + ": no <team> elements");
        }
        if (instance.slotCount() != 0 && instance.slotCount() != 2 * n - 2) {
            throw new TtpFormatException(name + ": " + instance.slotCount() + " slots for " + n
                    + " teams, a TTP needs " + (2 * n - 2));
        }
        List<String> names = new ArrayList<>(n);
        for (Team team : instance.teams()) {
            names.add(team.name().isEmpty() ? "T" + team.id() : team.name());
        }
        int maxStreak = CLASSIC_MAX_STREAK;
        for (Ca3 ca3 : instance.constraintsOf(Ca3.class)) {
            if (ca3.max() != ca3.intp() - 1) {
                throw new TtpFormatException(name + ": CA3 with intp=" + ca3.intp() + " max=" + ca3.max()
                        + " is not a streak limit this TTP engine supports");
            }
            maxStreak = ca3.max();
        }
        List<Se1> se1 = instance.constraintsOf(Se1.class);
        int minSeparation = se1.isEmpty() ? 0 : se1.get(0).min();
        if (minSeparation > 1) {
            throw new TtpFormatException(name + ": SE1 min=" + minSeparation
                    + " unsupported, only no-repeater (min=1)");
        }
        try {
            return new TtpInstance(name, names, distances(name, instance.distances(), n), maxStreak, minSeparation);
        } catch (IllegalArgumentException e) {
            throw new TtpFormatException(name + ": " + e.getMessage(), e);
        }
    }

    /** A solution document for a schedule, games ordered by slot then home team, with its scores. */
    public Solution solution(String solutionName, String instanceName, String contributor, List<TtpGame> games,
                             ObjectiveValue scores) {
        List<ScheduledMatch> matches = games.stream()
                .sorted(Comparator.comparingInt(TtpGame::slot).thenComparingInt(TtpGame::home))
                .map(g -> new ScheduledMatch(g.home(), g.away(), g.slot()))
                .toList();
        return new Solution(new SolutionMetaData(solutionName, instanceName, contributor, "", Optional.of(scores), ""),
                matches);
    }

    /** The games of a solution document. */
    public List<TtpGame> games(Solution solution) {
        return solution.games().stream().map(m -> new TtpGame(m.home(), m.away(), m.slot())).toList();
    }

    private static int[][] distances(String name, DistanceMatrix matrix, int n) {
        int[][] distance = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a != b && !matrix.contains(a, b)) {
                    throw new TtpFormatException(name + ": missing distance between teams " + a + " and " + b);
                }
                long d = matrix.distance(a, b);
                if (d < 0 || d > Integer.MAX_VALUE / (2L * n)) {
                    throw new TtpFormatException(name + ": distance " + d + " between teams " + a + " and " + b
                            + " is out of range");
                }
                distance[a][b] = (int) d;
            }
        }
        return distance;
    }

    private static Instance renamed(Instance instance, String name) {
        return new Instance(name, instance.objective(), instance.roundRobins(), instance.compact(),
                instance.gameMode(), instance.teams(), instance.slots(), instance.distances(), instance.constraints());
    }

    private static String fileStem(Path file) {
        String s = String.valueOf(file.getFileName());
        int dot = s.indexOf('.');
        return dot < 0 ? s : s.substring(0, dot);
    }
}
