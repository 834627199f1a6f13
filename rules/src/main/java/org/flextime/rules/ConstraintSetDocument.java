package org.flextime.rules;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a constraint set, checked against {@code constraint-set.schema.json}: reading fails with the
 * JSON path of the first offending value; writing is canonical (sorted keys), so equal sets hash alike.
 */
public final class ConstraintSetDocument {

    /** Where the schema lives on the classpath. */
    public static final String SCHEMA = "/org/flextime/rules/constraint-set.schema.json";

    private final Schema schema;
    private final ObjectMapper canonical = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    /** Loads the schema from the classpath. */
    public ConstraintSetDocument() {
        try (InputStream in = ConstraintSetDocument.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("no JSON Schema at " + SCHEMA);
            }
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema problem of the document as "path: message", in document order; empty when it conforms. */
    public List<String> problems(JsonNode document) {
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(document)) {
            out.add(path(e) + ": " + e.getMessage());
        }
        return out;
    }

    /**
     * Reads a set for the given sport and season; a document naming another sport or season, or breaking the
     * schema, fails with a {@link RuleDefinitionException} naming the JSON path.
     */
    public ConstraintSet read(JsonNode document, String sport, String season) {
        List<Error> errors = schema.validate(document);
        if (!errors.isEmpty()) {
            Error first = mostSpecific(errors);
            throw new RuleDefinitionException(path(first), path(first) + ": " + first.getMessage()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        }
        if (document.has("sport") && !document.get("sport").asString().equalsIgnoreCase(sport)) {
            throw new RuleDefinitionException("$.sport", "$.sport: the set is for " + sport + ", not " + document.get("sport").asString());
        }
        if (document.has("season") && !document.get("season").asString().equals(season)) {
            throw new RuleDefinitionException("$.season", "$.season: the set is for " + season + ", not " + document.get("season").asString());
        }
        List<RuleDefinition> rules = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        JsonNode list = document.get("rules");
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            String id = r.get("id").asString();
            if (seen.contains(id)) {
                throw new RuleDefinitionException("$.rules[" + i + "].id", "$.rules[" + i + "].id: rule id '" + id + "' appears twice");
            }
            seen.add(id);
            rules.add(new RuleDefinition(id, r.get("kind").asString(), Severity.valueOf(r.get("severity").asString()),
                    r.has("weight") ? r.get("weight").asInt() : 1, r.get("params")));
        }
        return new ConstraintSet(sport.toUpperCase(Locale.ROOT), season, rules);
    }

    /** The canonical JSON of a set. */
    public ObjectNode write(ConstraintSet set) {
        ObjectNode doc = canonical.createObjectNode();
        doc.put("sport", set.sport());
        doc.put("season", set.season());
        ArrayNode rules = doc.putArray("rules");
        for (RuleDefinition r : set.rules()) {
            rules.addObject().put("id", r.id()).put("kind", r.kind()).put("severity", r.severity().name()).put("weight", r.weight())
                    .set("params", r.params());
        }
        return doc;
    }

    /** The canonical JSON text of a set (keys sorted), what versions store and hash. */
    public String text(ConstraintSet set) {
        return canonical.writeValueAsString(canonical.treeToValue(write(set), Object.class));
    }

    /** SHA-256 of the canonical text, hex. */
    public String hash(ConstraintSet set) {
        return sha256(text(set));
    }

    /** SHA-256 of a text, hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The deepest error: "allOf/if/then" wrappers report at the rule, the useful one points inside its params. */
    private static Error mostSpecific(List<Error> errors) {
        Error best = errors.get(0);
        for (Error e : errors) {
            if (path(e).length() > path(best).length()) {
                best = e;
            }
        }
        return best;
    }

    private static String path(Error e) {
        String p = String.valueOf(e.getInstanceLocation());
        if (p.startsWith("/") || p.isEmpty()) {
            // JSON pointer to JSONPath: /rules/0/params -> $.rules[0].params
            StringBuilder sb = new StringBuilder("$");
            for (String part : p.split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                sb.append(part.chars().allMatch(Character::isDigit) ? "[" + part + "]" : "." + part);
            }
            return sb.toString();
        }
        return p;
    }
}
