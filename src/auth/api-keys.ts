// API keys: "whk_<8 visible characters>_<secret>". The visible prefix finds the row; only a SHA-256
// of the whole key is stored, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { Prisma, type PrismaClient, type ApiKey } from "../generated/prisma/client.js";
import { selectRows, type RunSql } from "../db/sql.js";
import { NotFoundError } from "../errors.js";
import { parseInput } from "../validation.js";
import { SCOPES, type Scope } from "./scopes.js";

export const API_KEY_PATTERN = /^(whk_[A-Za-z0-9]{8})_([A-Za-z0-9_-]{32,})$/;
const PREFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
// Writing lastUsedAt on every request would turn every read into a write; once a minute is enough.
const LAST_USED_RESOLUTION_MS = 60_000;

export interface Principal {
  apiKeyId: string;
  tenantId: string;
  name: string;
  scopes: Scope[];
}

export type AuthenticationResult =
  | { ok: true; principal: Principal }
  | { ok: false; reason: "missing" | "malformed" | "unknown" | "revoked" | "expired" };

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function generateApiKey(): { key: string; prefix: string } {
  const visible = Array.from(randomBytes(8), (byte) => PREFIX_ALPHABET[byte % PREFIX_ALPHABET.length]).join("");
  const prefix = `whk_${visible}`;
  return { key: `${prefix}_${randomBytes(24).toString("base64url")}`, prefix };
}

/** Splits a key into its stored parts; null when it is not shaped like one of ours. */
export function keyRecord(key: string): { prefix: string; keyHash: string } | null {
  const match = API_KEY_PATTERN.exec(key);
  return match?.[1] ? { prefix: match[1], keyHash: hashApiKey(key) } : null;
}

// The key's row as authentication needs it, read past Prisma: every request does this.
const apiKeyRow = z.object({
  id: z.string(),
  tenantId: z.string(),
  name: z.string(),
  keyHash: z.string(),
  scopes: z.array(z.enum(SCOPES)),
  expiresAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

export async function authenticate(sql: RunSql, authorization: string | null, now = new Date()): Promise<AuthenticationResult> {
  if (!authorization) return { ok: false, reason: "missing" };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const record = match?.[1] ? keyRecord(match[1]) : null;
  if (!record) return { ok: false, reason: "malformed" };
  const [apiKey] = await selectRows(sql, apiKeyRow, Prisma.sql`
    SELECT id::text, tenant_id::text AS "tenantId", name, key_hash AS "keyHash", scopes, expires_at AS "expiresAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"
    FROM api_keys WHERE prefix = ${record.prefix}`);
  if (!apiKey || !timingSafeEqual(Buffer.from(apiKey.keyHash), Buffer.from(record.keyHash))) {
    return { ok: false, reason: "unknown" };
  }
  if (apiKey.revokedAt) return { ok: false, reason: "revoked" };
  if (apiKey.expiresAt && apiKey.expiresAt <= now) return { ok: false, reason: "expired" };
  if (!apiKey.lastUsedAt || now.getTime() - apiKey.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await sql(Prisma.sql`UPDATE api_keys SET last_used_at = ${now} WHERE id = ${apiKey.id}::uuid`);
  }
  return {
    ok: true,
    principal: { apiKeyId: apiKey.id, tenantId: apiKey.tenantId, name: apiKey.name, scopes: apiKey.scopes },
  };
}

export const createApiKeyInput = z.object({
  name: z.string().trim().min(1, "must not be empty").max(128, "must be at most 128 characters"),
  scopes: z
    .array(z.enum(SCOPES, { message: `must be one of ${SCOPES.join(", ")}` }))
    .min(1, "must name at least one scope")
    .transform((scopes) => [...new Set(scopes)]),
  expiresAt: z
    .date()
    .nullish()
    .refine((date) => !date || date.getTime() > Date.now(), "must be in the future"),
});

export type CreateApiKeyInput = z.input<typeof createApiKeyInput>;

/** Creates a key; the plain key is returned here and never again. */
export async function createApiKey(
  prisma: Pick<PrismaClient, "apiKey">,
  tenantId: string,
  input: CreateApiKeyInput,
  key = generateApiKey().key,
): Promise<{ apiKey: ApiKey; key: string }> {
  const { name, scopes, expiresAt } = parseInput(createApiKeyInput, input);
  const record = keyRecord(key);
  if (!record) throw new Error("generated key has an unexpected shape");
  const apiKey = await prisma.apiKey.create({ data: { tenantId, name, scopes, expiresAt, ...record } });
  return { apiKey, key };
}

/** Revokes a key of the tenant; revoking twice keeps the first revocation time. */
export async function revokeApiKey(prisma: PrismaClient, tenantId: string, id: string, now = new Date()): Promise<ApiKey> {
  const existing = await prisma.apiKey.findFirst({ where: { id, tenantId } });
  if (!existing) throw new NotFoundError("API key");
  if (existing.revokedAt) return existing;
  return prisma.apiKey.update({ where: { id }, data: { revokedAt: now } });
}
