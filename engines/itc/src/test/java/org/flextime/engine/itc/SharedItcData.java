package org.flextime.engine.itc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.flextime.domain.testing.ReferenceData;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.RobinxFormatException;
import org.flextime.rules.robinx.RobinxReader;
import org.flextime.rules.robinx.ScheduledMatch;
import org.flextime.rules.robinx.Solution;

/** The ITC2021 reference instances and solutions as the solver's tests use them. */
final class SharedItcData {

    /** The shipped instances, smallest first. */
    static final List<String> NAMES = List.of("TestInstanceDemo", "ITC2021_Test1", "ITC2021_Test2", "ITC2021_Test3",
            "ITC2021_Test4", "ITC2021_Test5", "ITC2021_Test6", "ITC2021_Test7", "ITC2021_Test8");

    private SharedItcData() {
    }

    /** The itc2021 directory of the reference data. */
    static Path itcDir() {
        return ReferenceData.directory("itc2021");
    }

    static Path instanceFile(String name) {
        return itcDir().resolve("instances").resolve(name + ".xml");
    }

    static Instance instance(String name) {
        try {
            return new RobinxReader().readInstance(instanceFile(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RobinxFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shipped best known solution of the instance. */
    static Solution bestKnown(String name, Instance instance) {
        try {
            return new RobinxReader().readSolution(itcDir().resolve("solutions").resolve(name + ".solution.xml"),
                    instance);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RobinxFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A state over the games of a complete compact double round robin. */
    static ItcState state(ItcModel model, List<ScheduledMatch> games) {
        int[][] opponents = new int[model.teams][model.slots];
        boolean[][] homes = new boolean[model.teams][model.slots];
        for (ScheduledMatch game : games) {
            opponents[game.home()][game.slot()] = game.away();
            opponents[game.away()][game.slot()] = game.home();
            homes[game.home()][game.slot()] = true;
        }
        return new ItcState(model, opponents, homes);
    }
}
