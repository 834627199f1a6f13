-- Idempotency-Key on POST /api/v1/schedules/{id}/travel/optimize: the first answer per (scope, key), replayed on a repeat.
CREATE TABLE idempotent_request (
    scope         VARCHAR(300) NOT NULL,
    idem_key      VARCHAR(200) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    status        INTEGER      NOT NULL,
    location      VARCHAR(500),
    content_type  VARCHAR(100),
    etag          VARCHAR(100),
    body          TEXT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idem_key)
);
