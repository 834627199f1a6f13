-- Jobs are the public handle on a schedule request; the saga is the orchestration behind it.
CREATE TABLE job (
    id              VARCHAR(64)  PRIMARY KEY,
    idempotency_key VARCHAR(200) UNIQUE,
    state           VARCHAR(16)  NOT NULL,
    step            VARCHAR(32),
    schedule_id     VARCHAR(64)  NOT NULL,
    error           VARCHAR(2000),
    sport           VARCHAR(16)  NOT NULL,
    season          VARCHAR(16)  NOT NULL,
    options         TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE schedule (
    id                  VARCHAR(64) PRIMARY KEY,
    job_id              VARCHAR(64) NOT NULL,
    sport               VARCHAR(16) NOT NULL,
    season              VARCHAR(16) NOT NULL,
    state               VARCHAR(16) NOT NULL,
    games               INT         NOT NULL,
    hard_violations     INT,
    soft_penalty        INT,
    conflicts           INT,
    travel_miles        DOUBLE PRECISION,
    quality             DOUBLE PRECISION,
    home_away_imbalance DOUBLE PRECISION NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE game (
    schedule_id VARCHAR(64)  NOT NULL,
    id          VARCHAR(32)  NOT NULL,
    game_date   DATE         NOT NULL,
    home        VARCHAR(8)   NOT NULL,
    away        VARCHAR(8)   NOT NULL,
    venue       VARCHAR(128),
    PRIMARY KEY (schedule_id, id)
);
CREATE INDEX game_by_date ON game (schedule_id, game_date);

CREATE TABLE saga (
    id             VARCHAR(64) PRIMARY KEY,
    schedule_id    VARCHAR(64) NOT NULL,
    state          VARCHAR(16) NOT NULL,
    step           VARCHAR(32) NOT NULL,
    step_deadline  TIMESTAMP WITH TIME ZONE,
    failed_step    VARCHAR(32),
    reason         VARCHAR(2000),
    correlation_id VARCHAR(64),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX saga_running ON saga (state, step_deadline);

-- A step's compensation is written here before the step runs, so a failure at any point knows what to undo.
CREATE TABLE saga_step (
    saga_id      VARCHAR(64) NOT NULL,
    step         VARCHAR(32) NOT NULL,
    seq          INT         NOT NULL,
    status       VARCHAR(16) NOT NULL,
    compensation VARCHAR(32),
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (saga_id, step)
);
