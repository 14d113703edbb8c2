// An outgoing webhook as its row is read: the columns every outgoing webhook has are not null (the
// webhooks_outgoing_columns_check keeps them so) and the JSON columns are parsed into their types,
// once, here, rather than cast where they are used.
import { z } from "zod";
import { webhookRowsOf, type KindRow } from "../webhooks/webhook-rows.js";
import { storedFailureHandling } from "./failure-handling.js";

const httpHeaderSchema = z.object({ name: z.string(), values: z.array(z.string()) });
export type HttpHeader = z.output<typeof httpHeaderSchema>;

/** The headers column: the headers sent with every delivery. */
export const storedHeaders = z.array(httpHeaderSchema);

const outgoingColumns = z.object({
  kind: z.literal("OUTGOING"),
  url: z.string(),
  secretCiphertext: z.string(),
  secretHint: z.string(),
  headers: storedHeaders,
  failureHandling: storedFailureHandling,
});
const rows = webhookRowsOf("OUTGOING", outgoingColumns);

export type OutgoingWebhook = KindRow<typeof outgoingColumns>;
export const outgoingWebhookOf = rows.of;
export const findOutgoingWebhook = rows.find;
/** One column of an outgoing webhook's, parsed. */
export const outgoingColumn = rows.column;
