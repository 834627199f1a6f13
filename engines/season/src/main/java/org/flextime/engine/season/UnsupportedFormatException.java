package org.flextime.engine.season;

import org.flextime.domain.Format;
import org.flextime.domain.Sport;

/** The generator cannot (yet) build a schedule for this sport's format; the message says which and why. */
public class UnsupportedFormatException extends RuntimeException {
    private final String sport;
    private final Format.Kind kind;

    /** A format the generator cannot build, naming the sport, the format kind and the reason. */
    public UnsupportedFormatException(String sport, Format.Kind kind, String reason) {
        super("cannot generate " + sport + " (format " + kind.jsonName() + "): " + reason);
        this.sport = sport;
        this.kind = kind;
    }

    /** The sport's format cannot be built, for the given reason. */
    static UnsupportedFormatException of(Sport sport, String reason) {
        return new UnsupportedFormatException(sport.code(), sport.format().kind(), reason);
    }

    /** The sport code, e.g. "WBB". */
    public String sport() {
        return sport;
    }

    /** The format kind that could not be built. */
    public Format.Kind kind() {
        return kind;
    }
}
