package org.flextime.app;

import java.util.List;
import org.flextime.engine.cli.ValidateCommand;
import org.flextime.engine.cli.SolveCommand;

/** The commands the jar runs without starting any service: the engines' and the API client ones. */
final class Commands {

    private Commands() {
    }

    /** Runs a command by name; unknown names are a usage error. */
    static int run(String command, List<String> args) {
        return switch (command) {
            case "solve" -> new SolveCommand().run(args, System.out, System.err);
            case "validate" -> new ValidateCommand().run(args, System.out, System.err);
            case "schedule" -> new ScheduleCommand().run(args, System.out, System.err);
            case "season" -> new SeasonImportCommand(System.out, System.err).run(args);
            case "user" -> new UserCommand(System.out, System.err).run(args);
            default -> throw new IllegalArgumentException("unknown command '" + command
                    + "' (try: serve, demo-client, solve, validate, season, schedule, user, help)");
        };
    }
}
