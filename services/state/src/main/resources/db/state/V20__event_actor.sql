-- Who caused each event: the authenticated user (or service) of the request it came from, so the store is an audit trail.
ALTER TABLE event ADD COLUMN actor VARCHAR(200);
CREATE INDEX event_by_actor ON event (actor, occurred_at);
CREATE INDEX event_by_type ON event (type, occurred_at);
