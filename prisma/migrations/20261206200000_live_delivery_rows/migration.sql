-- A delivery's change notification carries the row as the change left it, so the API builds
-- deliveryUpdated messages without reading the row back (src/live/live-changes.ts). NOTIFY payloads
-- end at 8000 bytes: a failure message longer than 2000 bytes leaves the row out ("delivery": null),
-- and the subscriber reads it instead. Every other column is bounded (event types by 200 characters).
CREATE OR REPLACE FUNCTION "hookrelay_notify_delivery_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hookrelay_changes', json_build_object(
    'on', 'delivery', 'tenantId', NEW.tenant_id, 'id', NEW.id, 'webhookId', NEW.webhook_id, 'eventId', NEW.event_id,
    'status', NEW.status, 'attemptCount', NEW.attempt_count, 'at', clock_timestamp(),
    'delivery', CASE WHEN octet_length(NEW.failure_message) > 2000 THEN NULL ELSE json_build_object(
      'id', NEW.id, 'tenantId', NEW.tenant_id, 'eventId', NEW.event_id, 'webhookId', NEW.webhook_id,
      'status', NEW.status, 'attemptCount', NEW.attempt_count, 'eventType', NEW.event_type, 'messageId', NEW.message_id, 'isTest', NEW.is_test,
      'queuedAttemptCount', NEW.queued_attempt_count, 'nextAttemptAt', NEW.next_attempt_at,
      'lastAttemptAt', NEW.last_attempt_at, 'completedAt', NEW.completed_at, 'failureTrigger', NEW.failure_trigger,
      'failureMessage', NEW.failure_message, 'lockedUntil', NEW.locked_until, 'leaseToken', NEW.lease_token,
      'createdAt', NEW.created_at, 'seq', NEW.seq) END)::text);
  RETURN NULL;
END $$;
