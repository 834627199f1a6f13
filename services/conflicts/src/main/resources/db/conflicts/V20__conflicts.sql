-- Conflicts found on every schedule change: one row per conflict, open until a later version no longer has it
-- (resolved: by which version, how). resolutions records what resolved each conflict.
CREATE TABLE conflicts (
    id            VARCHAR(64)   PRIMARY KEY,
    schedule_id   VARCHAR(64)   NOT NULL,
    sport         VARCHAR(16)   NOT NULL,
    season        VARCHAR(16)   NOT NULL,
    fingerprint   VARCHAR(1000) NOT NULL,
    kind          VARCHAR(100)  NOT NULL,
    family        VARCHAR(16)   NOT NULL,
    severity      VARCHAR(16)   NOT NULL,
    subject       VARCHAR(200)  NOT NULL,
    conflict_date DATE          NOT NULL,
    game_ids      TEXT          NOT NULL,
    parties       TEXT          NOT NULL,
    explanation   TEXT          NOT NULL,
    source        VARCHAR(500)  NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    detected_version INT        NOT NULL,
    detected_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_version INT,
    resolved_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX conflicts_by_schedule ON conflicts (schedule_id, state, severity);

CREATE TABLE resolutions (
    conflict_id VARCHAR(64)  NOT NULL,
    schedule_id VARCHAR(64)  NOT NULL,
    version     INT          NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    method      VARCHAR(100) NOT NULL,
    reason      VARCHAR(2000),
    resolved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (conflict_id)
);

-- The latest version of each schedule detection has run on, so readers (the publish gate) know how current the
-- conflicts are; and each sport's current games of a season (the last schedule seen changing), for cross-sport checks.
CREATE TABLE detection (
    schedule_id VARCHAR(64) PRIMARY KEY,
    sport       VARCHAR(16) NOT NULL,
    season      VARCHAR(16) NOT NULL,
    version     INT         NOT NULL,
    detected_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE season_games (
    season      VARCHAR(16) NOT NULL,
    sport       VARCHAR(16) NOT NULL,
    schedule_id VARCHAR(64) NOT NULL,
    version     INT         NOT NULL,
    games       TEXT        NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (season, sport)
);
