-- One row per saga: the step's result as JSON, or a tombstone once compensation cleared it.
CREATE TABLE travel_report (
    saga_id     VARCHAR(64) PRIMARY KEY,
    schedule_id VARCHAR(64) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    result      TEXT,
    reason      VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX travel_report_by_schedule ON travel_report (schedule_id, status);
