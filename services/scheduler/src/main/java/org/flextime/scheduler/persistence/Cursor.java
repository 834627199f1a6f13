package org.flextime.scheduler.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a listing page ended: the creation time and id of its last row (newest first, ties by id). Clients get it
 * as an opaque token, so its form can change without breaking them.
 */
public record Cursor(Instant createdAt, String id) {

    /** The token a client passes back. */
    public String encode() {
        String text = createdAt.getEpochSecond() + "." + createdAt.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token stands for; throws {@link IllegalArgumentException} for anything this service did not hand out. */
    public static Cursor decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            int dot = text.indexOf('.');
            if (bar < 0 || dot < 0 || dot > bar || bar == text.length() - 1) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new Cursor(Instant.ofEpochSecond(Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1, bar))),
                    text.substring(bar + 1));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("cursor '" + token + "' is not one this service handed out", e);
        }
    }
}
