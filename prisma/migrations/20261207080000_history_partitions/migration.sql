-- History partitioned by time, so that retention drops a day's rows at once instead of deleting them
-- one by one: events, deliveries and incoming requests and events by created_at, delivery attempts by
-- started_at, in partitions of one UTC day (hookrelay_create_history_partitions), created ahead by
-- every process and dropped by the retention pass once wholly expired.
--
-- A partitioned table's primary key must hold its partition key, so each key becomes (id, <time>).
-- Ids stay unique in practice (random UUIDs) but no longer by constraint, and foreign keys between
-- these tables cannot exist (they would need id alone to be unique): deliveries -> events, attempts
-- -> deliveries and incoming events -> incoming requests are kept by the code that writes and
-- deletes them. Their foreign keys to tenants, webhooks and alerts stay, with their cascades; attempts
-- and deliveries, which cascaded from their parents, get their own to tenants and webhooks.
--
-- Rows already stored go to one "legacy" partition per table (up to the end of today, UTC), which
-- the retention pass drops as a whole once everything in it has expired.

-- Every partition of the history tables, with its bounds (-infinity for a legacy partition's lower).
CREATE FUNCTION hookrelay_history_partitions()
RETURNS TABLE (parent text, partition text, lower_bound timestamptz, upper_bound timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT p.relname::text, c.relname::text,
         CASE WHEN b.bounds[1] = 'MINVALUE' THEN '-infinity'::timestamptz ELSE trim(both '''' from b.bounds[1])::timestamptz END,
         CASE WHEN b.bounds[2] = 'MAXVALUE' THEN 'infinity'::timestamptz ELSE trim(both '''' from b.bounds[2])::timestamptz END
  FROM pg_inherits i
    JOIN pg_class p ON p.oid = i.inhparent
    JOIN pg_class c ON c.oid = i.inhrelid
    CROSS JOIN LATERAL regexp_match(pg_get_expr(c.relpartbound, c.oid), 'FROM \((.*)\) TO \((.*)\)') AS b(bounds)
  WHERE p.relnamespace = current_schema()::regnamespace
    AND p.relname IN ('events', 'deliveries', 'delivery_attempts', 'incoming_requests', 'incoming_events')
$$;

-- Creates the missing partitions of every history table, each partition_seconds long (aligned on
-- multiples of it since the epoch: UTC days for 86400), so that [from_at, through_at] is covered, with
-- no gap between them and the partitions that exist (the covered range stays one piece). Under a
-- transaction advisory lock, so that processes starting together create each partition once.
CREATE FUNCTION hookrelay_create_history_partitions(from_at timestamptz, through_at timestamptz, partition_seconds integer)
RETURNS integer LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  parent_table text;
  covered_from timestamptz;
  covered_to timestamptz;
  first_start timestamptz;
  last_start timestamptz;
  start_at timestamptz;
  length interval := make_interval(secs => partition_seconds);
  storage text;
  created integer := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(4210005);
  FOREACH parent_table IN ARRAY ARRAY['events', 'deliveries', 'delivery_attempts', 'incoming_requests', 'incoming_events'] LOOP
    SELECT min(lower_bound), max(upper_bound) INTO covered_from, covered_to
    FROM hookrelay_history_partitions() WHERE parent = parent_table;
    -- A partitioned table has no storage of its own: each partition gets what its table had
    -- (deliveries: room on each page for the claim's update, migration 20261201080000_delivery_queue_storage).
    storage := CASE parent_table WHEN 'deliveries' THEN 'WITH (fillfactor = 70)' ELSE '' END;
    first_start := to_timestamp(floor(extract(epoch FROM from_at) / partition_seconds) * partition_seconds);
    last_start := to_timestamp(floor(extract(epoch FROM through_at) / partition_seconds) * partition_seconds);
    IF covered_from IS NOT NULL THEN
      IF covered_from > '-infinity' THEN first_start := least(first_start, covered_from); END IF;
      last_start := greatest(last_start, covered_to - length);
    END IF;
    start_at := first_start;
    WHILE start_at <= last_start LOOP
      -- A partition overlapping the covered range is there already or in the way; the first below
      -- or above it may be shorter, to meet it exactly.
      IF covered_from IS NULL OR start_at >= covered_to OR start_at + length <= covered_from THEN
        EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L) %s',
                       parent_table || '_p' || to_char(start_at AT TIME ZONE 'UTC', CASE WHEN partition_seconds = 86400 THEN 'YYYYMMDD' ELSE 'YYYYMMDD"t"HH24MISS' END),
                       parent_table, start_at,
                       CASE WHEN covered_from IS NOT NULL AND start_at < covered_from THEN least(start_at + length, covered_from) ELSE start_at + length END,
                       storage);
        created := created + 1;
      ELSIF start_at < covered_to AND start_at + length > covered_to THEN
        -- Partitions of another length end inside this one: start this one where they end.
        EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L) %s',
                       parent_table || '_p' || to_char(covered_to AT TIME ZONE 'UTC', 'YYYYMMDD"t"HH24MISS'),
                       parent_table, covered_to, start_at + length, storage);
        created := created + 1;
      END IF;
      start_at := start_at + length;
    END LOOP;
  END LOOP;
  RETURN created;
END $$;

-- Turns a history table into one partitioned by time_column: same columns, defaults, checks,
-- indexes (unique ones become plain: they could only be unique with the time in them), triggers and
-- foreign keys to tables outside the history; its rows go to the legacy partition.
CREATE FUNCTION hookrelay_partition_history_table(history_table text, time_column text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  old_table text := history_table || '_unpartitioned';
  index_definitions text[];
  foreign_keys text[];
  owned_sequences text[];
  triggers text[];
  old_options text[] := (SELECT reloptions FROM pg_class WHERE oid = history_table::regclass);
  legacy_until timestamptz;
  statement text;
BEGIN
  EXECUTE format('ALTER TABLE %I RENAME TO %I', history_table, old_table);
  SELECT coalesce(array_agg(replace(replace(pg_get_indexdef(x.indexrelid), '.' || quote_ident(old_table) || ' USING', '.' || quote_ident(history_table) || ' USING'),
                                    'CREATE UNIQUE INDEX', 'CREATE INDEX')), '{}')
  INTO index_definitions
  FROM pg_index x WHERE x.indrelid = old_table::regclass AND NOT x.indisprimary;
  SELECT coalesce(array_agg(format('ALTER TABLE %I ADD CONSTRAINT %I %s', history_table, c.conname, pg_get_constraintdef(c.oid))), '{}')
  INTO foreign_keys
  FROM pg_constraint c
  WHERE c.conrelid = old_table::regclass AND c.contype = 'f'
    AND c.confrelid::regclass::text NOT IN ('events', 'deliveries', 'delivery_attempts', 'incoming_requests', 'incoming_events',
                                            'events_unpartitioned', 'deliveries_unpartitioned', 'delivery_attempts_unpartitioned',
                                            'incoming_requests_unpartitioned', 'incoming_events_unpartitioned');
  SELECT coalesce(array_agg(format('ALTER SEQUENCE %s OWNED BY %I.%I', pg_get_serial_sequence(quote_ident(old_table), a.attname), history_table, a.attname)), '{}')
  INTO owned_sequences
  FROM pg_attribute a
  WHERE a.attrelid = old_table::regclass AND a.attnum > 0 AND NOT a.attisdropped
    AND pg_get_serial_sequence(quote_ident(old_table), a.attname) IS NOT NULL;
  -- The live-update triggers (migration 20261201220000_live_changes), made again once the rows are in.
  SELECT coalesce(array_agg(replace(pg_get_triggerdef(t.oid), '.' || quote_ident(old_table) || ' ', '.' || quote_ident(history_table) || ' ')), '{}')
  INTO triggers
  FROM pg_trigger t WHERE t.tgrelid = old_table::regclass AND NOT t.tgisinternal;
  EXECUTE format('SELECT greatest(date_trunc(''day'', now() AT TIME ZONE ''UTC'') + interval ''1 day'', date_trunc(''day'', max(%I) AT TIME ZONE ''UTC'') + interval ''1 day'') AT TIME ZONE ''UTC'' FROM %I HAVING count(*) > 0',
                 time_column, old_table)
  INTO legacy_until;

  EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMMENTS) PARTITION BY RANGE (%I)',
                 history_table, old_table, time_column);
  IF legacy_until IS NOT NULL THEN
    EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (MINVALUE) TO (%L) %s', history_table || '_legacy', history_table, legacy_until,
                   CASE WHEN old_options IS NULL THEN '' ELSE 'WITH (' || array_to_string(old_options, ', ') || ')' END);
    EXECUTE format('INSERT INTO %I SELECT * FROM %I', history_table, old_table);
  END IF;
  FOREACH statement IN ARRAY owned_sequences LOOP
    EXECUTE replace(statement, format('OWNED BY %I.', history_table), 'OWNED BY NONE --');
  END LOOP;
  EXECUTE format('DROP TABLE %I CASCADE', old_table);
  FOREACH statement IN ARRAY owned_sequences LOOP
    EXECUTE statement;
  END LOOP;
  EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I PRIMARY KEY (id, %I)', history_table, history_table || '_pkey', time_column);
  FOREACH statement IN ARRAY index_definitions LOOP
    EXECUTE statement;
  END LOOP;
  FOREACH statement IN ARRAY foreign_keys LOOP
    EXECUTE statement;
  END LOOP;
  FOREACH statement IN ARRAY triggers LOOP
    EXECUTE statement;
  END LOOP;
END $$;

SELECT hookrelay_partition_history_table('events', 'created_at');
SELECT hookrelay_partition_history_table('deliveries', 'created_at');
SELECT hookrelay_partition_history_table('delivery_attempts', 'started_at');
SELECT hookrelay_partition_history_table('incoming_requests', 'created_at');
SELECT hookrelay_partition_history_table('incoming_events', 'created_at');
DROP FUNCTION hookrelay_partition_history_table(text, text);

-- Attempts and deliveries cascaded from their parents; now from their tenant and webhook directly.
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- Attempts by delivery, no longer unique (see above).
ALTER INDEX "delivery_attempts_delivery_id_attempt_number_key" RENAME TO "delivery_attempts_delivery_id_attempt_number_idx";
-- Diverted deliveries by age: the retention pass finds whether a partition still holds one (unfinished).
CREATE INDEX "deliveries_diverted_created_at_idx" ON "deliveries"("created_at") WHERE "status" = 'DIVERTED';
-- Incoming requests by tenant and age, for retention's per-tenant deletion.
CREATE INDEX "incoming_requests_tenant_id_created_at_idx" ON "incoming_requests"("tenant_id", "created_at");

-- When a delivery of an event was last created after its publish (redeliverDelivery): the event is
-- kept while that delivery is, found without reading the deliveries (the index holds only these).
ALTER TABLE "events" ADD COLUMN "redelivered_at" TIMESTAMPTZ(3);
CREATE INDEX "events_redelivered_at_idx" ON "events"("redelivered_at") WHERE "redelivered_at" IS NOT NULL;

-- No partition ahead is made here: a process makes them, at start and as time passes, as long as its
-- configuration says (HISTORY_DAY_SECONDS), before it writes history (createPartitionsAhead).

-- Per-tenant retention, in days; null keeps the service's default (RETENTION_DEFAULT_DAYS).
ALTER TABLE "tenants" ADD COLUMN "retention_events_days" INTEGER,
ADD COLUMN "retention_deliveries_days" INTEGER,
ADD COLUMN "retention_incoming_days" INTEGER;
