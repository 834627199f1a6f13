-- Who requested each job (the token's subject), so one user's concurrent solve jobs can be bounded.
ALTER TABLE job ADD COLUMN requested_by VARCHAR(200);
CREATE INDEX job_by_requester ON job (requested_by, state);
