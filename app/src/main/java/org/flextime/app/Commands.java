package org.flextime.app;

import java.util.List;

/** The engine commands the jar runs without starting any service. */
final class Commands {

    private Commands() {
    }

    /** Runs a command by name; unknown names are a usage error. */
    static int run(String command, List<String> args) {
        throw new IllegalArgumentException("unknown command '" + command + "' (try: serve, demo-client, solve, validate, help)");
    }
}
