-- Every service keeps its saga step's results in one table shape under one name, served by the platform's
-- step-result endpoint: the table keeps its rows and columns, only its name changes.
ALTER TABLE conflict_report RENAME TO step_result;
