-- The limited claim looks only at deliveries created within the worker's window, as the general
-- claim does (delivery-queue.ts, QueueWindow): its statements are planned at each call, with the
-- window's bounds as values, so the planner prunes the deliveries partitions outside it. Without
-- them every statement was planned over, and locked, every partition of a month of history.
DROP FUNCTION hookrelay_claim_limited_deliveries(integer, integer, integer);

CREATE FUNCTION hookrelay_claim_limited_deliveries(max_claims integer, lease_seconds integer, default_timeout_seconds integer,
                                                   created_since timestamptz, created_until timestamptz)
RETURNS TABLE (id uuid, lease_token uuid, is_test boolean, queued_attempt_count integer, message_id text, event_id uuid, webhook_id uuid, created_at timestamptz, lease_expired boolean, wake_after_seconds double precision)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
  locked uuid[];
  claim_at timestamptz;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM webhooks w WHERE w.delivery_limited) THEN
    RETURN;
  END IF;
  -- A bucket starts full.
  INSERT INTO webhook_delivery_limits (webhook_id, tokens, refilled_at)
  SELECT w.id, COALESCE(w.rate_limit_burst, 0), now() FROM webhooks w
  WHERE w.delivery_limited
    AND NOT EXISTS (SELECT 1 FROM webhook_delivery_limits l WHERE l.webhook_id = w.id)
  ON CONFLICT DO NOTHING;

  EXECUTE $q$SELECT array_agg(held.webhook_id) FROM (
    SELECT l.webhook_id FROM webhook_delivery_limits l JOIN webhooks w ON w.id = l.webhook_id
    WHERE w.delivery_limited
      AND EXISTS (SELECT 1 FROM deliveries d WHERE d.webhook_id = l.webhook_id AND d.status IN ('PENDING', 'FAILED')
                  AND d.next_attempt_at <= now() AND (d.locked_until IS NULL OR d.locked_until <= now())
                  AND d.created_at >= $1 AND d.created_at < $2)
    ORDER BY l.webhook_id
    FOR UPDATE OF l SKIP LOCKED) held$q$ INTO locked USING created_since, created_until;
  IF locked IS NULL THEN
    RETURN QUERY SELECT NULL::uuid, NULL::uuid, NULL::boolean, NULL::integer, NULL::text, NULL::uuid, NULL::uuid, NULL::timestamptz, NULL::boolean, NULL::double precision;
    RETURN;
  END IF;
  claim_at := clock_timestamp();

  RETURN QUERY EXECUTE $q$
  WITH limits AS (
    SELECT l.webhook_id, w.rate_limit_per_second AS per_second,
           CASE WHEN w.rate_limit_per_second IS NULL THEN NULL
                ELSE LEAST(w.rate_limit_burst::float8, l.tokens + w.rate_limit_per_second * GREATEST(0, EXTRACT(EPOCH FROM $1 - l.refilled_at)::float8)) END AS tokens,
           CASE WHEN w.max_concurrent_requests IS NOT NULL
                THEN w.max_concurrent_requests - (SELECT count(*) FROM deliveries d WHERE d.webhook_id = l.webhook_id AND d.locked_until > $1
                                                   AND d.created_at >= $6 AND d.created_at < $7)::int END AS free_slots,
           l.refilled_at
    FROM webhook_delivery_limits l JOIN webhooks w ON w.id = l.webhook_id
    WHERE l.webhook_id = ANY($5)
  ), grants AS (
    SELECT g.*, GREATEST(0, LEAST(COALESCE(floor(g.tokens)::int, $2), COALESCE(g.free_slots, $2), $2)) AS allowed FROM limits g
  ), candidates AS (
    SELECT c.id, c.seq FROM grants g CROSS JOIN LATERAL (
      SELECT d.id, d.seq FROM deliveries d JOIN webhooks w ON w.id = d.webhook_id
      WHERE d.webhook_id = g.webhook_id AND d.status IN ('PENDING', 'FAILED')
        AND d.next_attempt_at <= $1 AND (d.locked_until IS NULL OR d.locked_until <= $1)
        AND d.created_at >= $6 AND d.created_at < $7
        -- FIFO as in the general claim (claimDueDeliveries): nothing overtakes an earlier unfinished delivery.
        AND (w.ordering = 'UNORDERED' OR d.seq <= COALESCE((
          SELECT min(e.seq) FROM deliveries e
          WHERE e.webhook_id = d.webhook_id AND e.status IN ('PENDING', 'FAILED') AND NOT e.is_test
            AND e.created_at >= $6 AND e.created_at < $7), d.seq))
      ORDER BY d.seq
      LIMIT g.allowed) c
    ORDER BY c.seq
    LIMIT $2
  ), picked AS (
    SELECT d.id, d.created_at, d.locked_until IS NOT NULL AS lease_expired FROM deliveries d
    WHERE d.id IN (SELECT c.id FROM candidates c) AND d.next_attempt_at <= $1 AND (d.locked_until IS NULL OR d.locked_until <= $1)
      AND d.created_at >= $6 AND d.created_at < $7
    FOR UPDATE OF d SKIP LOCKED
  ), claimed AS (
    UPDATE deliveries d
    SET lease_token = gen_random_uuid(),
        locked_until = $1 + make_interval(secs => COALESCE((w.failure_handling->>'timeoutSeconds')::int, $4) + $3)
    FROM picked p, webhooks w
    WHERE d.id = p.id AND d.created_at = p.created_at AND d.created_at >= $6 AND d.created_at < $7 AND w.id = d.webhook_id
    RETURNING d.id, d.lease_token, d.is_test, d.queued_attempt_count, d.message_id, d.event_id, d.webhook_id, d.created_at, p.lease_expired
  ), counted AS (
    SELECT g.webhook_id, g.per_second, g.tokens, g.refilled_at, count(c.id)::int AS taken
    FROM grants g LEFT JOIN claimed c ON c.webhook_id = g.webhook_id
    GROUP BY g.webhook_id, g.per_second, g.tokens, g.refilled_at
  ), debited AS (
    UPDATE webhook_delivery_limits l SET tokens = k.tokens - k.taken, refilled_at = GREATEST(k.refilled_at, $1)
    FROM counted k
    WHERE l.webhook_id = k.webhook_id AND k.per_second IS NOT NULL
    RETURNING l.webhook_id
  )
  SELECT c.id, c.lease_token, c.is_test, c.queued_attempt_count, c.message_id, c.event_id, c.webhook_id, c.created_at, c.lease_expired, NULL::double precision FROM claimed c
  UNION ALL
  -- A webhook whose tokens ran out (it took every whole one) may have more due: its next token.
  SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         min((1 - (k.tokens - k.taken)) / k.per_second) FILTER (WHERE k.per_second IS NOT NULL AND k.taken >= floor(k.tokens))
  FROM counted k$q$
  USING claim_at, max_claims, lease_seconds, default_timeout_seconds, locked, created_since, created_until;
END;
$$;
