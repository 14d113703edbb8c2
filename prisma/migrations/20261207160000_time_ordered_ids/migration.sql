-- Time-ordered (version 7) ids for the rows the service writes by SQL, as Prisma's uuid(7) makes for
-- its own inserts. A random id lands on any leaf of its index: on a day's partition already holding
-- hundreds of thousands of deliveries that is more pages read and, after each checkpoint, more whole
-- pages written to the WAL. A version 7 id lands beside the ones written just before it.
-- `at` sets the time part (for rows written with a past created_at); the rest is random, and
-- setting bits 52 and 53 turns version 4's version field (0100) into version 7's (0111).
CREATE FUNCTION hookrelay_uuid7(at timestamptz DEFAULT clock_timestamp()) RETURNS uuid
LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
  SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
           PLACING substring(int8send(floor(extract(epoch FROM at) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
         52, 1), 53, 1), 'hex')::uuid
$$;
