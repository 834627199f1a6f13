package org.flextime.scheduler.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flextime.domain.testing.ReferenceData;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.testing.ContradictoryInstance;
import org.flextime.rules.robinx.RobinxReader;
import org.flextime.rules.robinx.RobinxWriter;
import org.flextime.rules.robinx.Solution;
import org.flextime.scheduler.export.Artifact;
import org.flextime.scheduler.export.ExportFormat;
import org.flextime.scheduler.export.RobinxTeams;
import org.flextime.scheduler.export.ScheduleDocument;
import org.flextime.scheduler.export.ScheduleExports;
import org.junit.jupiter.api.Test;

/**
 * An imported instance solved as the command line solves it: a seeded run with an iteration (CP-SAT) or move
 * (annealer) cap gives the objective
 * {@code ./flextime solve} recorded (engines/cli's reproducible-runs.csv), also after the instance went through
 * RobinX XML as the constraints service serves it, and its RobinX export validates to the same scores.
 */
class InstanceSolverTest {

    private static RobinxSource.Problem problem(String collection, String name) throws Exception {
        Instance read = new RobinxReader().readInstance(ReferenceData.instance(collection, name));
        // as the scheduler gets it: written by the constraints service, read back here
        String xml = new RobinxWriter().toXml(read);
        Instance instance = new RobinxReader().readInstance(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < instance.teamCount(); i++) {
            codes.add("T" + (char) ('A' + i / 26) + (char) ('A' + i % 26));
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int s = 0; s < instance.slotCount(); s++) {
            dates.add(LocalDate.of(2001, 1, 1).plusDays(s));
        }
        return new RobinxSource.Problem("robinx:" + name, instance, codes, dates, 1);
    }

    @Test
    void aSeededCpSatRunWithAnIterationCapGivesTheCommandLinesObjective() throws Exception {
        RobinxSource.Problem problem = problem("itc2021", "ITC2021_Test1");

        InstanceSolver.Solved solved = new InstanceSolver().solve(problem, InstanceRun.cpsat(1, 5, 1), Duration.ofMinutes(10));

        // ITC2021_Test1,1,1,5,0,1076,...,cpsat in reproducible-runs.csv
        assertThat(solved.infeasibility()).isEqualTo(0);
        assertThat(solved.objective()).isEqualTo(1076);
        assertThat(solved.games()).hasSize(problem.instance().teamCount() * (problem.instance().teamCount() - 1));
    }

    @Test
    void hardRulesThatCannotAllHoldFailTheRunWithTheRulesNamed() {
        // team 0 must host in slots 0 and 1 (CA1) but may not have a home break in slot 1 (BR1)
        Instance contradictory = ContradictoryInstance.of(7, 8);
        List<LocalDate> dates = contradictory.slots().stream().map(slot -> LocalDate.of(2001, 1, 1).plusDays(slot.id())).toList();
        RobinxSource.Problem problem = new RobinxSource.Problem("robinx:Contradictory", contradictory,
                List.of("TAA", "TAB", "TAC", "TAD"), dates, 1);

        assertThatThrownBy(() -> new InstanceSolver().solve(problem, InstanceRun.cpsat(1, 0, 1), Duration.ofMinutes(1)))
                .isInstanceOf(ConflictingRules.class)
                .hasMessage("the constraint set cannot be met: CA1@7 on Team 0, slots 0-1 and BR1@8 on Team 0, slots 1"
                        + " cannot both hold");
    }

    @Test
    void theCpSatEngineIsTheDefaultForItc2021AndTheTtpSolverTakesOneThreadUnlessTold() {
        assertThat(InstanceRun.of(null, false)).isEqualTo(InstanceRun.cpsat(1, 0, InstanceRun.CPSAT_THREADS));
        assertThat(InstanceRun.of(Map.of("engine", "anneal", "moves", 500L), false)).isEqualTo(InstanceRun.annealing(1, 500, 1));
        assertThat(InstanceRun.of(Map.of("seed", 4L, "iterations", 9L, "threads", 1L), false)).isEqualTo(InstanceRun.cpsat(4, 9, 1));
        assertThat(InstanceRun.of(Map.of("moves", 70L), true)).isEqualTo(InstanceRun.annealing(1, 70, 1));
    }

    @Test
    void aSeededItc2021AnnealerRunWithAMoveCapGivesTheCommandLinesObjective() throws Exception {
        RobinxSource.Problem problem = problem("itc2021", "ITC2021_Test2");

        InstanceSolver.Solved solved = new InstanceSolver().solve(problem, InstanceRun.annealing(1, 30_000, 1), Duration.ofMinutes(10));

        // ITC2021_Test2,1,1,30000,0,176 in reproducible-runs.csv
        assertThat(solved.infeasibility()).isEqualTo(0);
        assertThat(solved.objective()).isEqualTo(176);
        assertThat(solved.games()).hasSize(problem.instance().teamCount() * (problem.instance().teamCount() - 1));
    }

    @Test
    void aSeededTtpRunWithAMoveCapGivesTheCommandLinesDistance() throws Exception {
        RobinxSource.Problem problem = problem("ttp", "NL4");

        InstanceSolver.Solved solved = new InstanceSolver().solve(problem, InstanceRun.annealing(1, 2_000_000, 1), Duration.ofMinutes(10));

        // NL4,1,1,2000000,0,8276 in reproducible-runs.csv
        assertThat(solved.infeasibility()).isEqualTo(0);
        assertThat(solved.objective()).isEqualTo(8276);
    }

    @Test
    void theRobinxExportOfASolvedInstanceValidatesToTheSameObjective() throws Exception {
        RobinxSource.Problem problem = problem("itc2021", "ITC2021_Test2");
        InstanceSolver.Solved solved = new InstanceSolver().solve(problem, InstanceRun.annealing(1, 30_000, 1), Duration.ofMinutes(10));
        ScheduleDocument schedule = new ScheduleDocument("s1", problem.id(), "ROBINX", "ROBINX", "final", java.time.Instant.EPOCH,
                solved.games(), Map.of());

        Artifact xml = new ScheduleExports().export(schedule, ExportFormat.ROBINX, Optional.empty(), Optional.of(new RobinxTeams(
                problem.instance().name(), problem.codes(), problem.slotDates().get(0),
                matches -> Optional.of(InstanceSolver.score(problem.instance(), matches)))));

        Solution solution = new RobinxReader().readSolution(new ByteArrayInputStream(xml.content()), "export", problem.instance());
        Evaluation evaluation = new ItcEvaluator().evaluate(problem.instance(), solution);
        assertThat(evaluation.objective()).isEqualTo(176);
        assertThat(evaluation.infeasibility()).isEqualTo(0);
        assertThat(solution.metaData().objectiveValue().orElseThrow().objective()).isEqualTo(176);
    }

    @Test
    void theEngineFollowsTheInstancesObjective() throws Exception {
        assertThat(EngineChoice.robinx(problem("ttp", "NL4").instance().minimizesTravel(), InstanceRun.annealing(1, 0, 1)))
                .isEqualTo(new EngineChoice("ttp", "robinx instance with a travel-distance objective (Traveling Tournament Problem)"));
        boolean itcTravel = problem("itc2021", "ITC2021_Test2").instance().minimizesTravel();
        assertThat(EngineChoice.robinx(itcTravel, InstanceRun.cpsat(1, 0, 2))).isEqualTo(new EngineChoice("itc2021",
                "robinx instance with ITC2021 constraints: the CP-SAT engine (feasibility first, then large neighbourhood search)"));
        assertThat(EngineChoice.robinx(itcTravel, InstanceRun.annealing(1, 0, 1))).isEqualTo(new EngineChoice("itc2021",
                "robinx instance with ITC2021 constraints: the ITC2021 annealer (engine anneal)"));
    }

    @Test
    void aStoppedItc2021RunEndsBeforeItsMoveCapWithTheBestSoFar() throws Exception {
        RobinxSource.Problem problem = problem("itc2021", "ITC2021_Test2");
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();

        // stopped at the 50th check: far short of the 30,000 moves the full run takes to reach 176
        InstanceSolver.Solved solved = new InstanceSolver().solve(problem, InstanceRun.annealing(1, 30_000, 1), Duration.ofMinutes(10),
                () -> asked.incrementAndGet() > 50);

        assertThat(asked.get()).isEqualTo(51);
        assertThat(solved.games()).hasSize(problem.instance().teamCount() * (problem.instance().teamCount() - 1));
        assertThat(solved.objective()).isNotEqualTo(176);
    }

    @Test
    void aStoppedTtpRunEndsLongBeforeItsBudget() throws Exception {
        RobinxSource.Problem problem = problem("ttp", "NL6");
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();

        // a ten-minute budget and no move cap: only the stop ends this run
        InstanceSolver.Solved solved = new InstanceSolver().solve(problem, InstanceRun.annealing(1, 0, 1), Duration.ofMinutes(10),
                () -> asked.incrementAndGet() > 2);

        assertThat(asked.get()).isEqualTo(3);
        assertThat(solved.games()).hasSize(problem.instance().teamCount() * (problem.instance().teamCount() - 1));
    }
}
