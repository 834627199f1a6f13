-- RobinX import and export. An imported instance is its own season, id 'robinx:NAME': that id is also the id of the
-- constraint set holding its constraints as catalog robinx rules (versioned like every set), so seasons grow to 64.
ALTER TABLE constraint_set ALTER COLUMN season SET DATA TYPE VARCHAR(64);

-- The instance itself: name, objective, format, teams, slots and distances as JSON (TEXT so H2 and PostgreSQL agree).
CREATE TABLE robinx_instance (
    id            VARCHAR(64)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    document      TEXT         NOT NULL,
    content_hash  VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Solutions posted for an instance, scored by the ITC2021 definitions against the version active then.
CREATE TABLE robinx_solution (
    id            VARCHAR(64)  PRIMARY KEY,
    instance_id   VARCHAR(64)  NOT NULL REFERENCES robinx_instance (id),
    set_version   INTEGER      NOT NULL,
    infeasibility BIGINT       NOT NULL,
    objective     BIGINT       NOT NULL,
    solution_xml  TEXT         NOT NULL,
    result        TEXT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX robinx_solution_by_instance ON robinx_solution (instance_id, created_at);

-- Idempotency-Key of creating POSTs: the request's hash and the response to replay for the same key.
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
