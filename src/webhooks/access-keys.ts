// An incoming webhook's access key: the secret part of its URL. Stored encrypted, with a keyed digest
// beside it so webhooks can be found by key or URL without decrypting the table.
import { randomBytes } from "node:crypto";
import { Prisma, type Webhook } from "../generated/prisma/client.js";
import type { SecretBox } from "../crypto/secret-box.js";
import { selectRows, type RunSql } from "../db/sql.js";
import { z } from "zod";

/** 32 hex characters: 128 random bits. */
export const ACCESS_KEY_PATTERN = /^[0-9a-f]{32}$/;

/**
 * An incoming webhook's path: the service's own, and the one SpaceONE/Cloudforet used, kept so
 * configured senders keep working. Groups: the webhook id, the access key.
 */
export const INCOMING_URL_PATH = /^\/(?:webhooks\/incoming|monitoring\/v1\/webhook)\/([^/]+)\/([^/]+)\/events\/?$/;

/** The columns that store a new, random access key. */
export function newAccessKeyColumns(secretBox: SecretBox): Pick<Webhook, "accessKeyCiphertext" | "accessKeyDigest"> {
  const accessKey = randomBytes(16).toString("hex");
  return { accessKeyCiphertext: secretBox.encrypt(accessKey), accessKeyDigest: secretBox.digest(accessKey) };
}

/** The secret part of an incoming webhook's URL. */
export function incomingAccessKey(webhook: Pick<Webhook, "accessKeyCiphertext">, secretBox: SecretBox): string {
  return webhook.accessKeyCiphertext ? secretBox.decrypt(webhook.accessKeyCiphertext) : "";
}

/** The URL to paste into the external system. */
export function incomingWebhookUrl(
  publicUrl: string,
  webhook: Pick<Webhook, "id" | "accessKeyCiphertext">,
  secretBox: SecretBox,
): string {
  return `${publicUrl.replace(/\/+$/, "")}/webhooks/incoming/${webhook.id}/${incomingAccessKey(webhook, secretBox)}/events`;
}

/** The webhook id and access key in an incoming webhook's URL (either path form, any origin); null for any other URL. */
export function parseIncomingWebhookUrl(url: string): { webhookId: string; accessKey: string } | null {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  const [, webhookId, accessKey] = INCOMING_URL_PATH.exec(pathname) ?? [];
  return webhookId && accessKey ? { webhookId, accessKey } : null;
}

/**
 * Writes the digest of access keys stored before digests were (the migration that added the column
 * cannot compute them: the key is the service's). Runs at every start; finds nothing once done.
 */
export async function backfillAccessKeyDigests(sql: RunSql, secretBox: SecretBox): Promise<number> {
  const rows = await selectRows(
    sql,
    z.object({ id: z.string(), accessKeyCiphertext: z.string() }),
    Prisma.sql`SELECT id::text, access_key_ciphertext AS "accessKeyCiphertext" FROM webhooks WHERE access_key_ciphertext IS NOT NULL AND access_key_digest IS NULL`,
  );
  for (const row of rows) {
    const digest = secretBox.digest(secretBox.decrypt(row.accessKeyCiphertext));
    await sql(
      Prisma.sql`UPDATE webhooks SET access_key_digest = ${digest} WHERE id = ${row.id}::uuid AND access_key_ciphertext = ${row.accessKeyCiphertext}`,
    );
  }
  return rows.length;
}
