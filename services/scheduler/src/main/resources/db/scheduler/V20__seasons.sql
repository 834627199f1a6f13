-- Seasons as data: every import, edit and copy is a new immutable version of the season's document (the JSON the API
-- takes and answers, schools inline); season.current_version is the one new schedules are built from, and moving it
-- only from the version an edit read (compare and set) is what makes a stale If-Match a 412.
CREATE TABLE season (
    id              VARCHAR(32) PRIMARY KEY,
    current_version INTEGER     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE season_version (
    season_id  VARCHAR(32)  NOT NULL,
    version    INTEGER      NOT NULL,
    document   TEXT         NOT NULL,
    change     VARCHAR(500) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (season_id, version)
);

-- The season version a job's schedule is built from, so every service judges it by the same data.
ALTER TABLE job ADD COLUMN season_version INTEGER;
-- The version of the sport's constraint set a request named (NULL: the active set), for the draft and its validation.
ALTER TABLE job ADD COLUMN requested_constraint_set_version INTEGER;
ALTER TABLE schedule ADD COLUMN season_version INTEGER;
