package org.flextime.contracts.api;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema of a season document ({@code season.schema.json}, served at {@code /api/v1/seasons/schema}), so that
 * what the schema promises is what an import is held to.
 */
public final class SeasonSchema {

    /** Where the schema lives on the class path. */
    public static final String RESOURCE = "/org/flextime/contracts/api/season.schema.json";

    /** One way a document breaks the schema: the JSON path of the value ({@code sports[2].window.from}) and why. */
    public record Problem(String path, String message) {
    }

    private final String text;
    private final Schema schema;

    /** Loads the schema from the class path. */
    public SeasonSchema() {
        try (InputStream in = SeasonSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the contracts jar lacks " + RESOURCE);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
    }

    /** The schema's text. */
    public String text() {
        return text;
    }

    /** Every way {@code document} breaks the schema, in document order (none: an empty list). */
    public List<Problem> problems(JsonNode document) {
        return schema.validate(document).stream().map(SeasonSchema::problem)
                .sorted(Comparator.comparing(Problem::path)).toList();
    }

    private static Problem problem(Error error) {
        String path = path(error.getInstanceLocation());
        // a missing member is named by its own path, as the reader names it, not by the object that lacks it
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            path = path.isEmpty() ? error.getProperty() : path + "." + error.getProperty();
        }
        return new Problem(path.isEmpty() ? "$" : path, error.getMessage());
    }

    private static String path(NodePath location) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(element);
            }
        }
        return path.toString();
    }
}
