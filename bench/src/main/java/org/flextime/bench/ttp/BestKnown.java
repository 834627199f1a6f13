package org.flextime.bench.ttp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Best known upper bound per instance, from the shared best-known.csv. */
record BestKnown(Map<String, Long> upperBounds, Map<String, Boolean> provenOptimal) {

    /** Reads best-known.csv (instance,best_known_upper_bound,best_known_lower_bound,proven_optimal,...). */
    static BestKnown read(Path csv) {
        Map<String, Long> upper = new HashMap<>();
        Map<String, Boolean> proven = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(csv);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", 5);
                if (cells.length >= 4) {
                    upper.put(cells[0].trim(), Long.parseLong(cells[1].trim()));
                    proven.put(cells[0].trim(), "yes".equalsIgnoreCase(cells[3].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return new BestKnown(upper, proven);
    }
}
