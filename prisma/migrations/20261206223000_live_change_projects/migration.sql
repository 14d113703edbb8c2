-- Webhook, alert and incoming-event notifications carry the row's project, so a project-scoped
-- subscriber (a portal session) is handed only its project's changes (src/live/live-changes.ts).
-- Delivery notifications do not: a delivery's project is its webhook's, which the hub looks up.
CREATE OR REPLACE FUNCTION "hookrelay_notify_webhook_change"() RETURNS trigger LANGUAGE plpgsql AS $$
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
      'on', 'webhook', 'tenantId', changed."tenant_id", 'id', changed."id", 'kind', changed."kind", 'change', change,
      'projectId', changed."project_id", 'at', clock_timestamp())::text);
  END LOOP;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "hookrelay_notify_alert_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hookrelay_changes', json_build_object(
    'on', 'alert', 'tenantId', NEW."tenant_id", 'id', NEW."id", 'webhookId', NEW."webhook_id", 'state', NEW."state",
    'projectId', NEW."project_id", 'at', clock_timestamp())::text);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "hookrelay_notify_incoming_event"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hookrelay_changes', json_build_object(
    'on', 'incomingEvent', 'tenantId', NEW."tenant_id", 'id', NEW."id", 'webhookId', NEW."webhook_id",
    'projectId', NEW."project_id", 'at', clock_timestamp())::text);
  RETURN NULL;
END $$;
