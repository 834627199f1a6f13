package org.flextime.platform.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A secret from the environment: {@code NAME} itself, or the file {@code NAME_FILE} names (a mounted Kubernetes Secret). */
public final class Secrets {

    private Secrets() {
    }

    /** The secret in the process environment, or null when neither variable is set. */
    public static String fromEnvironment(String name) {
        return from(System.getenv(), name);
    }

    /** The secret in {@code env}, or null when neither variable is set. */
    public static String from(java.util.Map<String, String> env, String name) {
        String value = env.get(name);
        if (value != null && !value.isEmpty()) {
            return value;
        }
        String file = env.get(name + "_FILE");
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(name + "_FILE names " + file + ", which cannot be read", e);
        }
    }
}
