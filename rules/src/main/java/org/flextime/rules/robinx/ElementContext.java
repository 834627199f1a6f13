package org.flextime.rules.robinx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads typed attributes of one element, turning every problem into a located {@link RobinxFormatException}. */
final class ElementContext {

    private final String source;
    private final XmlElement element;

    ElementContext(String source, XmlElement element) {
        this.source = source;
        this.element = element;
    }

    XmlElement element() {
        return element;
    }

    /** An exception pointing at this element. */
    RobinxFormatException error(String detail) {
        return new RobinxFormatException(source, element.line(), element.name(), detail);
    }

    /** An exception pointing at one attribute of this element. */
    RobinxFormatException error(String attribute, String value, String detail) {
        return error(attribute + "='" + value + "': " + detail);
    }

    String required(String attribute) throws RobinxFormatException {
        return element.attribute(attribute).orElseThrow(() -> error("missing attribute '" + attribute + "'"));
    }

    int requiredInt(String attribute) throws RobinxFormatException {
        return parseInt(attribute, required(attribute));
    }

    int optionalInt(String attribute, int fallback) throws RobinxFormatException {
        String value = element.attributes().get(attribute);
        return value == null || value.isBlank() ? fallback : parseInt(attribute, value);
    }

    int parseInt(String attribute, String value) throws RobinxFormatException {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw error(attribute, value, "not an integer");
        }
    }

    /** The integers of a ';'-separated list; empty items (trailing ';') are skipped. */
    List<Integer> intList(String attribute, String value) throws RobinxFormatException {
        List<Integer> ids = new ArrayList<>();
        for (String item : value.split(";")) {
            if (!item.isBlank()) {
                ids.add(parseInt(attribute, item));
            }
        }
        return ids;
    }

    /** The enum constant named by the attribute, upper-cased. */
    <E extends Enum<E>> E enumValue(String attribute, String value, Class<E> type) throws RobinxFormatException {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(attribute, value, "unsupported value");
        }
    }

    <E extends Enum<E>> E optionalEnum(String attribute, Class<E> type, E fallback) throws RobinxFormatException {
        String value = element.attributes().get(attribute);
        return value == null || value.isBlank() ? fallback : enumValue(attribute, value, type);
    }

    <E extends Enum<E>> E requiredEnum(String attribute, Class<E> type) throws RobinxFormatException {
        return enumValue(attribute, required(attribute), type);
    }
}
