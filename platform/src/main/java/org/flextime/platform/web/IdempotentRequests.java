package org.flextime.platform.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code Idempotency-Key} on creating POSTs, the one behaviour of every service. The first request with a key runs and,
 * when it succeeds, its response (status, Location, ETag, JSON body) is stored with the key and the SHA-256 of the whole
 * canonical request in the same transaction as what it created; the same key again with the same request replays that
 * response (header {@code Idempotent-Replayed: true}), with any other request it is a 422 problem naming the header.
 * Keys are scoped by method and path. Failed requests are not stored: a retry runs again. Needs the service's
 * {@code idempotent_request} table.
 */
public class IdempotentRequests {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";

    private record Saved(String requestHash, int status, String location, String contentType, String etag, String body) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;

    /** Keys in this service's schema. */
    public IdempotentRequests(JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
    }

    /** The SHA-256 of a request taken byte for byte (an XML document): its content type and body. */
    public static String hash(String contentType, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(((contentType == null ? "" : contentType) + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The SHA-256 of a JSON request as read: the whole body in canonical form (members sorted by name, no
     * whitespace), so the same request written with another member order or spacing is the same request.
     */
    public String hash(Object jsonBody) {
        Object canonical = canonical(json.convertValue(jsonBody, Object.class));
        return hash("application/json", json.writeValueAsBytes(canonical));
    }

    private static Object canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(IdempotentRequests::canonical).toList();
        }
        return value;
    }

    /**
     * Runs {@code action} once per key: without a key it just runs. The action's body is answered as JSON text, so
     * the first answer and its replays are byte for byte the same.
     */
    public ResponseEntity<String> run(String key, String scope, String requestHash, Supplier<ResponseEntity<?>> action) {
        if (key == null) {
            return asJson(action.get());
        }
        if (key.isBlank() || key.length() > 200) {
            throw new InvalidFieldException(HEADER, HEADER + " must be 1-200 characters", 400);
        }
        Optional<Saved> saved = find(scope, key);
        if (saved.isPresent()) {
            return replay(saved.get(), requestHash, key);
        }
        try {
            return tx.execute(t -> {
                ResponseEntity<String> response = asJson(action.get());
                if (response.getStatusCode().is2xxSuccessful()) {
                    HttpHeaders h = response.getHeaders();
                    jdbc.update("INSERT INTO idempotent_request (scope, idem_key, request_hash, status, location, content_type, etag, body, created_at) "
                                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", scope, key, requestHash, response.getStatusCode().value(),
                            h.getLocation() == null ? null : h.getLocation().toString(),
                            h.getContentType() == null ? null : h.getContentType().toString(), h.getETag(), response.getBody(),
                            Timestamp.from(Instant.now()));
                }
                return response;
            });
        } catch (RuntimeException e) {
            // a concurrent request with the same key won the insert (or made the action fail): answer as it did
            Optional<Saved> winner = find(scope, key);
            if (winner.isPresent()) {
                return replay(winner.get(), requestHash, key);
            }
            if (e instanceof DataIntegrityViolationException) {
                throw new InvalidFieldException(HEADER, "a request with this " + HEADER + " is in progress; retry", 409);
            }
            throw e;
        }
    }

    private ResponseEntity<String> replay(Saved s, String requestHash, String key) {
        if (!s.requestHash().equals(requestHash)) {
            throw new InvalidFieldException(HEADER, HEADER + " '" + key + "' was used for another request to this resource; "
                    + "use a new key for a new request", 422);
        }
        ResponseEntity.BodyBuilder b = ResponseEntity.status(s.status()).header("Idempotent-Replayed", "true");
        if (s.location() != null) {
            b.location(URI.create(s.location()));
        }
        if (s.etag() != null) {
            b.eTag(s.etag());
        }
        if (s.contentType() != null) {
            b.contentType(MediaType.parseMediaType(s.contentType()));
        }
        return b.body(s.body());
    }

    private ResponseEntity<String> asJson(ResponseEntity<?> response) {
        Object body = response.getBody();
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(response.getHeaders());
        headers.setContentType(MediaType.APPLICATION_JSON);
        String text = body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
        return new ResponseEntity<>(text, headers, HttpStatus.valueOf(response.getStatusCode().value()));
    }

    private Optional<Saved> find(String scope, String key) {
        return jdbc.query("SELECT * FROM idempotent_request WHERE scope = ? AND idem_key = ?", (rs, i) -> new Saved(
                rs.getString("request_hash"), rs.getInt("status"), rs.getString("location"), rs.getString("content_type"),
                rs.getString("etag"), rs.getString("body")), scope, key).stream().findFirst();
    }
}
