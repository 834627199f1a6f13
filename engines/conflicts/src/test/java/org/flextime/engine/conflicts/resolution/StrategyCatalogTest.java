package org.flextime.engine.conflicts.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in strategies, and a plug-in jar (compiled and packed by the test) loaded from a folder. */
class StrategyCatalogTest {

    @TempDir
    Path work;

    @Test
    void theBuiltInStrategiesAreFoundByTheServiceLoader() {
        assertThat(StrategyCatalog.builtIn().entries()).extracting(e -> e.strategy().name())
                .containsExactly("move-date", "move-venue", "swap-home-away", "swap-slots", "move-and-repair", "resolve-neighbourhood",
                        "shift-time");
        assertThat(StrategyCatalog.builtIn().problems()).isEmpty();
    }

    @Test
    void aJarInThePluginFolderAddsItsStrategyAndAClashingNameIsReported() throws IOException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        jar(plugins.resolve("postpone.jar"), "Postpone", "postpone");
        jar(plugins.resolve("clash.jar"), "Clash", "move-date");
        StrategyCatalog catalog = StrategyCatalog.load(plugins);
        assertThat(catalog.entries()).extracting(e -> e.strategy().name() + " from " + e.origin())
                .containsExactly("move-date from built-in", "move-venue from built-in", "swap-home-away from built-in",
                        "swap-slots from built-in", "move-and-repair from built-in", "resolve-neighbourhood from built-in",
                        "shift-time from built-in", "postpone from postpone.jar");
        assertThat(catalog.find("postpone").orElseThrow().strategy().description()).isEqualTo("a plug-in named postpone");
        assertThat(catalog.problems()).containsExactly("clash.jar: plugin.Clash is named move-date, which built-in has already");
    }

    @Test
    void aMissingFolderLeavesTheBuiltInStrategies() {
        assertThat(StrategyCatalog.load(work.resolve("none")).entries()).hasSize(7);
    }

    // surefire may start the tests from a manifest-only jar, so the plug-in compiles against the jars of the types it sees
    private static String engineClasses() {
        StringBuilder cp = new StringBuilder();
        for (Class<?> type : new Class<?>[] {ResolutionStrategy.class, org.flextime.domain.Season.class,
                org.flextime.rules.ConstraintSet.class}) {
            try {
                cp.append(cp.isEmpty() ? "" : java.io.File.pathSeparator)
                        .append(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return cp.toString();
    }

    /** Compiles a strategy class named {@code type} whose name() is {@code name} and packs it with its service entry. */
    private void jar(Path jar, String type, String name) throws IOException {
        Path src = Files.createDirectories(work.resolve("src-" + type).resolve("plugin"));
        Path classes = Files.createDirectories(work.resolve("classes-" + type));
        Files.writeString(src.resolve(type + ".java"), """
                package plugin;
                import java.util.List;
                import org.flextime.engine.conflicts.resolution.*;
                public class %s implements ResolutionStrategy {
                    public String name() { return "%s"; }
                    public String description() { return "a plug-in named %s"; }
                    public List<Candidate> propose(Situation s) { return List.of(); }
                }
                """.formatted(type, name, name));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int exit = javac.run(null, null, null, "-d", classes.toString(), "-cp", engineClasses(),
                src.resolve(type + ".java").toString());
        assertThat(exit).isZero();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("plugin/" + type + ".class"));
            out.write(Files.readAllBytes(classes.resolve("plugin").resolve(type + ".class")));
            out.putNextEntry(new JarEntry("META-INF/services/" + ResolutionStrategy.class.getName()));
            out.write(("plugin." + type + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
