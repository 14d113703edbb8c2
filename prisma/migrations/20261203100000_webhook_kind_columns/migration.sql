-- Each kind's columns are set for every webhook of that kind (the code has always written them), so
-- outgoing/outgoing-webhook-row.ts and incoming/incoming-webhook-row.ts read them as not null. The
-- JSON columns the code reads as a list or a map hold one.
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_outgoing_columns_check" CHECK (
  "kind" <> 'OUTGOING' OR ("url" IS NOT NULL AND "secret_ciphertext" IS NOT NULL AND "secret_hint" IS NOT NULL)
);
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_incoming_columns_check" CHECK (
  "kind" <> 'INCOMING' OR (
    "access_key_ciphertext" IS NOT NULL AND "plugin_id" IS NOT NULL AND "plugin_version" IS NOT NULL
    AND "plugin_upgrade_mode" IS NOT NULL
  )
);
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_json_shapes_check" CHECK (
  jsonb_typeof("headers") = 'array' AND jsonb_typeof("tags") = 'object'
);
