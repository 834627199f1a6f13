-- The W3C trace context of the request that started the saga, so the events the job worker and the
-- saga clock publish stay in the request's trace.
ALTER TABLE saga ADD COLUMN traceparent VARCHAR(64);
