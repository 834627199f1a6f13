-- The constraint set and version a job's draft was optimized against (NULL: the sport's default set), so a
-- schedule can be traced to the rules it was built for; and Idempotency-Key of POST /schedules, the platform's
-- one behaviour: the SHA-256 of the whole canonical request and the first answer to replay.
ALTER TABLE job ADD COLUMN constraint_set_id VARCHAR(64);
ALTER TABLE job ADD COLUMN constraint_set_version INTEGER;

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
