-- Constraint sets: one per sport and season, with immutable versions. A version's document is the canonical JSON
-- of its rules (TEXT, not JSONB, so H2 in PostgreSQL mode and PostgreSQL run the same migration).
CREATE TABLE constraint_set (
    id             VARCHAR(64)  PRIMARY KEY,
    sport          VARCHAR(16)  NOT NULL,
    season         VARCHAR(32)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    active_version INTEGER,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT constraint_set_one_per_sport UNIQUE (season, sport)
);

CREATE TABLE constraint_set_version (
    set_id       VARCHAR(64)   NOT NULL REFERENCES constraint_set (id),
    version      INTEGER       NOT NULL,
    document     TEXT          NOT NULL,
    content_hash VARCHAR(64)   NOT NULL,
    note         VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (set_id, version)
);
