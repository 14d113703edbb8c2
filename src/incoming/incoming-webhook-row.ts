// An incoming webhook as its row is read: the columns every incoming webhook has are not null (the
// webhooks_incoming_columns_check keeps them so) and the JSON columns are parsed into objects, once,
// here, rather than cast where they are used.
import { z } from "zod";
import { PluginUpgradeMode } from "../generated/prisma/client.js";
import { jsonObjectColumn } from "../db/sql.js";
import { webhookRowsOf, type KindRow } from "../webhooks/webhook-rows.js";

const incomingColumns = z.object({
  kind: z.literal("INCOMING"),
  accessKeyCiphertext: z.string(),
  pluginId: z.string(),
  pluginVersion: z.string(),
  pluginUpgradeMode: z.enum(PluginUpgradeMode),
  /** As the version's optionsSchema checked them. */
  pluginOptions: jsonObjectColumn,
  /** What the version's init returned for the options. */
  pluginMetadata: jsonObjectColumn,
  capability: jsonObjectColumn,
  authenticationSettings: jsonObjectColumn,
});
const rows = webhookRowsOf("INCOMING", incomingColumns);

export type IncomingWebhook = KindRow<typeof incomingColumns>;
export const incomingWebhookOf = rows.of;
/** The columns selected of an incoming webhook's row (this kind's among them), parsed. */
export const parseIncomingColumns = rows.parse;
export const findIncomingWebhook = rows.find;
/** The fields incomingWebhookOf reads. */
export const incomingWebhookFields = rows.fields;
/** One column of an incoming webhook's, parsed. */
export const incomingColumn = rows.column;
