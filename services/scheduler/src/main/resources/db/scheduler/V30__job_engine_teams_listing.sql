-- The engine a job went to and why (the season engine, or the TTP / ITC2021 solver for an imported RobinX
-- instance), and the subset of the sport's teams it schedules (comma-separated codes; NULL: every participant).
ALTER TABLE job ADD COLUMN engine VARCHAR(16);
ALTER TABLE job ADD COLUMN engine_reason VARCHAR(300);
ALTER TABLE job ADD COLUMN teams VARCHAR(400);
-- An instance's season id is robinx:NAME, up to 64 characters.
ALTER TABLE job ALTER COLUMN season SET DATA TYPE VARCHAR(80);
ALTER TABLE schedule ALTER COLUMN season SET DATA TYPE VARCHAR(80);
-- A saga step that does not apply to the job's problem is recorded as skipped, with the reason.
ALTER TABLE saga_step ADD COLUMN note VARCHAR(500);
-- Listings: newest first, a page at a time.
CREATE INDEX job_newest ON job (created_at, id);
CREATE INDEX schedule_newest ON schedule (created_at, id);
