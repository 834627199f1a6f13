package org.flextime.contracts.api;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an edit's text field that a JSON null clears: the text as given, "" for an explicit null, and null (keep the
 * value) when the field is left out, so that a record can tell "clear it" from "leave it".
 */
public final class NullMeansClear extends StdDeserializer<String> {

    /** The deserializer Jackson instantiates for {@code @JsonDeserialize(using = NullMeansClear.class)}. */
    public NullMeansClear() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        return ctxt.readValue(p, String.class);
    }

    @Override
    public String getNullValue(DeserializationContext ctxt) {
        return "";
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return null;
    }
}
