-- Live updates (GraphQL subscriptions): every change a subscriber can ask for is announced on the
-- NOTIFY channel hookrelay_changes, whichever process or statement made it (the worker's batched
-- attempt writes, the API's Prisma updates, the incoming receiver). Payloads carry ids and the few
-- fields subscriptions filter on; a subscriber loads the row itself, under its own tenant. NOTIFY is
-- sent at commit, so a subscriber never hears of a change that was rolled back.
-- Prisma does not model triggers: `prisma db pull` and the migration diff ignore them.

CREATE FUNCTION "hookrelay_notify_delivery_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hookrelay_changes', json_build_object(
    'on', 'delivery', 'tenantId', NEW.tenant_id, 'id', NEW.id, 'webhookId', NEW.webhook_id, 'eventId', NEW.event_id,
    'status', NEW.status, 'attemptCount', NEW.attempt_count, 'at', clock_timestamp())::text);
  RETURN NULL;
END $$;

-- Claims and lease releases update deliveries too; only a new status or a finished attempt is news.
CREATE TRIGGER "deliveries_changed_on_insert" AFTER INSERT ON "deliveries"
  FOR EACH ROW EXECUTE FUNCTION "hookrelay_notify_delivery_change"();
CREATE TRIGGER "deliveries_changed_on_update" AFTER UPDATE OF "status", "attempt_count" ON "deliveries"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."attempt_count" IS DISTINCT FROM NEW."attempt_count")
  EXECUTE FUNCTION "hookrelay_notify_delivery_change"();

CREATE FUNCTION "hookrelay_notify_webhook_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed "webhooks";
  changes text[] := ARRAY[]::text[];
  change text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    changed := NEW;
    changes := ARRAY['CREATED'];
  ELSIF TG_OP = 'DELETE' THEN
    changed := OLD;
    changes := ARRAY['DELETED'];
  ELSE
    changed := NEW;
    IF OLD."suspended_at" IS NULL AND NEW."suspended_at" IS NOT NULL THEN changes := changes || 'SUSPENDED'::text; END IF;
    IF OLD."suspended_at" IS NOT NULL AND NEW."suspended_at" IS NULL THEN changes := changes || 'UNSUSPENDED'::text; END IF;
    IF OLD."enabled" AND NOT NEW."enabled" THEN changes := changes || 'DISABLED'::text; END IF;
    IF NOT OLD."enabled" AND NEW."enabled" THEN changes := changes || 'ENABLED'::text; END IF;
    IF OLD."secret_ciphertext" IS DISTINCT FROM NEW."secret_ciphertext" OR OLD."access_key_ciphertext" IS DISTINCT FROM NEW."access_key_ciphertext" THEN
      changes := changes || 'SECRET_ROTATED'::text;
    END IF;
    IF cardinality(changes) = 0 THEN changes := ARRAY['UPDATED']; END IF;
  END IF;
  FOREACH change IN ARRAY changes LOOP
    PERFORM pg_notify('hookrelay_changes', json_build_object(
      'on', 'webhook', 'tenantId', changed."tenant_id", 'id', changed."id", 'kind', changed."kind", 'change', change, 'at', clock_timestamp())::text);
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER "webhooks_changed_on_insert_or_delete" AFTER INSERT OR DELETE ON "webhooks"
  FOR EACH ROW EXECUTE FUNCTION "hookrelay_notify_webhook_change"();
-- Health counters (consecutive failures, last success, requests received) change with every attempt
-- and request and are not news; what a person changes moves updated_at (Prisma sets it), and the
-- worker's suspension moves suspended_at.
CREATE TRIGGER "webhooks_changed_on_update" AFTER UPDATE ON "webhooks"
  FOR EACH ROW WHEN (OLD."updated_at" IS DISTINCT FROM NEW."updated_at" OR OLD."suspended_at" IS DISTINCT FROM NEW."suspended_at"
    OR OLD."enabled" IS DISTINCT FROM NEW."enabled" OR OLD."secret_ciphertext" IS DISTINCT FROM NEW."secret_ciphertext")
  EXECUTE FUNCTION "hookrelay_notify_webhook_change"();

CREATE FUNCTION "hookrelay_notify_alert_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hookrelay_changes', json_build_object(
    'on', 'alert', 'tenantId', NEW."tenant_id", 'id', NEW."id", 'webhookId', NEW."webhook_id", 'state', NEW."state", 'at', clock_timestamp())::text);
  RETURN NULL;
END $$;

CREATE TRIGGER "alerts_changed_on_insert" AFTER INSERT ON "alerts"
  FOR EACH ROW EXECUTE FUNCTION "hookrelay_notify_alert_change"();
CREATE TRIGGER "alerts_changed_on_update" AFTER UPDATE ON "alerts"
  FOR EACH ROW WHEN (OLD."state" IS DISTINCT FROM NEW."state" OR OLD."event_count" IS DISTINCT FROM NEW."event_count")
  EXECUTE FUNCTION "hookrelay_notify_alert_change"();

CREATE FUNCTION "hookrelay_notify_incoming_event"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hookrelay_changes', json_build_object(
    'on', 'incomingEvent', 'tenantId', NEW."tenant_id", 'id', NEW."id", 'webhookId', NEW."webhook_id", 'at', clock_timestamp())::text);
  RETURN NULL;
END $$;

CREATE TRIGGER "incoming_events_received" AFTER INSERT ON "incoming_events"
  FOR EACH ROW EXECUTE FUNCTION "hookrelay_notify_incoming_event"();
