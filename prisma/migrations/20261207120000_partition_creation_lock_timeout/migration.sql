-- Creating a partition locks its parent table (and, for the partition's foreign keys, tenants and
-- webhooks), while publishes and the worker's statements hold theirs in another order: a deadlock,
-- in which PostgreSQL may abort a publish. The creator gives up after 200 ms instead (well before
-- the deadlock check at deadlock_timeout) and is tried again (history-retention.ts): partitions are
-- made days ahead.
ALTER FUNCTION hookrelay_create_history_partitions(timestamptz, timestamptz, integer) SET lock_timeout = '200ms';
