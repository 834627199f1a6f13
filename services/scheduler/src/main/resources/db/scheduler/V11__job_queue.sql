-- The job queue: a budget per request, a worker claim with heartbeat (so a dead worker's job is
-- re-queued), cancellation, and the best score the engine has reported so far.
ALTER TABLE job ADD COLUMN budget_seconds INT NOT NULL DEFAULT 30;
ALTER TABLE job ADD COLUMN cancel_requested BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE job ADD COLUMN worker VARCHAR(128);
ALTER TABLE job ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE job ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE job ADD COLUMN elapsed_millis BIGINT NOT NULL DEFAULT 0;
ALTER TABLE job ADD COLUMN best_hard INT;
ALTER TABLE job ADD COLUMN best_soft BIGINT;
CREATE INDEX job_queue ON job (state, created_at);
ALTER TABLE saga ADD COLUMN origin_event_id VARCHAR(64);
