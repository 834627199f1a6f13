-- What detection knows of each schedule's latest version besides its conflicts: the season version it was built from
-- (so edits are judged by the same data), its games and which of them are pinned (proposals leave those alone).
ALTER TABLE detection ADD COLUMN season_version INT;
ALTER TABLE detection ADD COLUMN games TEXT;
ALTER TABLE detection ADD COLUMN pinned TEXT;

-- The season documents the creation saga carried, one row per season version: a copied season (2026-27) is not in the
-- bundled catalog, so its edits are judged by the document stored here.
CREATE TABLE season_documents (
    season   VARCHAR(16) NOT NULL,
    version  INT         NOT NULL,
    document TEXT        NOT NULL,
    PRIMARY KEY (season, version)
);

-- Strategies switched off or on through the API (a strategy without a row is on).
CREATE TABLE strategies (
    name       VARCHAR(64) PRIMARY KEY,
    enabled    BOOLEAN     NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every proposal offered for a conflict of a schedule version (its id is derived from what it changes, so offering it
-- again is the same proposal): offered, accepted (apply asked for version applied_version), applied; introduced counts
-- the conflicts detection found new in the version it made.
CREATE TABLE proposals (
    id              VARCHAR(64)  PRIMARY KEY,
    conflict_id     VARCHAR(64)  NOT NULL,
    schedule_id     VARCHAR(64)  NOT NULL,
    version         INT          NOT NULL,
    strategy        VARCHAR(64)  NOT NULL,
    family          VARCHAR(16)  NOT NULL,
    explanation     TEXT         NOT NULL,
    changes         TEXT         NOT NULL,
    travel_miles    BIGINT       NOT NULL,
    quality         INT          NOT NULL,
    score           DOUBLE PRECISION NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    offered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    applied_version INT,
    introduced      INT          NOT NULL DEFAULT 0
);
CREATE INDEX proposals_by_conflict ON proposals (conflict_id, version);
CREATE INDEX proposals_by_applied ON proposals (schedule_id, applied_version);
