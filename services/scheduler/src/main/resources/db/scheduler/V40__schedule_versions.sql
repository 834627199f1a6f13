-- Editing: a schedule's games as each version left them (version 1 is the generated draft), who made each version,
-- when and why; pins; and the editorial status draft -> review -> published with the publish override on record.
-- The game table keeps the current version's games, so every reader of a schedule's games follows the edits.
ALTER TABLE schedule ADD COLUMN version INT NOT NULL DEFAULT 1;
ALTER TABLE schedule ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'draft';
ALTER TABLE game ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE game ADD COLUMN pin_reason VARCHAR(500);

CREATE TABLE schedule_version (
    schedule_id VARCHAR(64)   NOT NULL,
    version     INT           NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    reason      VARCHAR(2000),
    restored    INT,
    changed     TEXT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (schedule_id, version)
);

CREATE TABLE game_version (
    schedule_id VARCHAR(64)  NOT NULL,
    version     INT          NOT NULL,
    id          VARCHAR(32)  NOT NULL,
    game_date   DATE         NOT NULL,
    home        VARCHAR(8)   NOT NULL,
    away        VARCHAR(8)   NOT NULL,
    venue       VARCHAR(128),
    pinned      BOOLEAN      NOT NULL,
    pin_reason  VARCHAR(500),
    PRIMARY KEY (schedule_id, version, id)
);

-- Every status change, with the hard violations it was decided on and the reason of an override.
CREATE TABLE schedule_status_change (
    schedule_id      VARCHAR(64)  NOT NULL,
    seq              INT          NOT NULL,
    from_status      VARCHAR(16)  NOT NULL,
    to_status        VARCHAR(16)  NOT NULL,
    version          INT          NOT NULL,
    actor            VARCHAR(200) NOT NULL,
    hard_violations  INT,
    override_reason  VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (schedule_id, seq)
);
