// API keys: "whk_<8 visible characters>_<secret>". The visible prefix finds the row; only a SHA-256
// of the whole key is stored, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { Prisma, type PrismaClient, type ApiKey } from "../generated/prisma/client.js";
import { selectRows, type RunSql } from "../db/sql.js";
import { NotFoundError } from "../common/errors.js";
import { parseInput, nameSchema, projectIdSchema } from "../common/validation.js";
import { SCOPES, TENANT_WIDE_SCOPES, type Scope } from "./scopes.js";

export const API_KEY_PATTERN = /^(whk_[A-Za-z0-9]{8})_([A-Za-z0-9_-]{32,})$/;
const PREFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
// Writing lastUsedAt on every request would turn every read into a write; once a minute is enough.
const LAST_USED_RESOLUTION_MS = 60_000;

export interface Principal {
  apiKeyId: string;
  /** The key's visible part (whk_...): safe to log, names the key to its owner. */
  keyPrefix: string;
  tenantId: string;
  /** The one project the key reaches; null for the whole tenant. */
  projectId: string | null;
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

/** NOTIFY on this channel (any payload) whenever API keys change: every process empties its key cache. */
export const API_KEYS_CHANNEL = "hookrelay_api_keys";
// Past this many cached keys the cache starts over, so it stays small whatever the traffic.
const MAX_CACHED_KEYS = 10_000;

// The key's row as authentication needs it.
const apiKeyRow = z.object({
  id: z.string(),
  tenantId: z.string(),
  name: z.string(),
  keyHash: z.string(),
  scopes: z.array(z.enum(SCOPES)),
  projectId: z.string().nullable(),
  expiresAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
type ApiKeyRow = z.output<typeof apiKeyRow>;

/**
 * API keys by prefix, read past Prisma and kept for `ttlMs`: every request needs its key. Any change
 * to keys empties the cache (`clear`, called on NOTIFY API_KEYS_CHANNEL from any process, and by the
 * process that made the change), so a revocation takes effect at once everywhere; the time limit only
 * bounds how long a lost notification could go unnoticed.
 */
export class ApiKeyCache {
  private readonly keys = new Map<string, { row: ApiKeyRow; cachedAt: number }>();
  // Bumped by clear(): a row read before a change is not cached after it.
  private generation = 0;

  constructor(
    private readonly sql: RunSql,
    private readonly ttlMs: number,
  ) {}

  clear(): void {
    this.keys.clear();
    this.generation += 1;
  }

  async find(prefix: string, now: number): Promise<ApiKeyRow | undefined> {
    const cached = this.keys.get(prefix);
    if (cached && now - cached.cachedAt < this.ttlMs) return cached.row;
    const generation = this.generation;
    const [row] = await selectRows(
      this.sql,
      apiKeyRow,
      Prisma.sql`
      SELECT id::text, tenant_id::text AS "tenantId", name, key_hash AS "keyHash", scopes, project_id AS "projectId", expires_at AS "expiresAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"
      FROM api_keys WHERE prefix = ${prefix}`,
    );
    if (row && generation === this.generation) {
      if (this.keys.size >= MAX_CACHED_KEYS) this.keys.clear();
      this.keys.set(prefix, { row, cachedAt: now });
    }
    return row;
  }

  /** Records a use: lastUsedAt is written at most once a minute per key. */
  async touch(row: ApiKeyRow, now: Date): Promise<void> {
    if (row.lastUsedAt && now.getTime() - row.lastUsedAt.getTime() <= LAST_USED_RESOLUTION_MS) return;
    row.lastUsedAt = now;
    await this.sql(Prisma.sql`UPDATE api_keys SET last_used_at = ${now} WHERE id = ${row.id}::uuid`);
  }
}

export async function authenticate(
  keys: ApiKeyCache,
  authorization: string | null,
  now = new Date(),
): Promise<AuthenticationResult> {
  if (!authorization) return { ok: false, reason: "missing" };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const record = match?.[1] ? keyRecord(match[1]) : null;
  if (!record) return { ok: false, reason: "malformed" };
  const apiKey = await keys.find(record.prefix, now.getTime());
  if (!apiKey || !timingSafeEqual(Buffer.from(apiKey.keyHash), Buffer.from(record.keyHash))) {
    return { ok: false, reason: "unknown" };
  }
  if (apiKey.revokedAt) return { ok: false, reason: "revoked" };
  if (apiKey.expiresAt && apiKey.expiresAt <= now) return { ok: false, reason: "expired" };
  await keys.touch(apiKey, now);
  return {
    ok: true,
    principal: {
      apiKeyId: apiKey.id,
      keyPrefix: record.prefix,
      tenantId: apiKey.tenantId,
      projectId: apiKey.projectId,
      name: apiKey.name,
      scopes: apiKey.scopes,
    },
  };
}

/**
 * A key's scopes as they stand now (as this process knows them: a revocation anywhere clears the
 * cache), or null when it no longer authenticates: revoked, expired, deleted.
 */
export async function currentScopes(
  keys: ApiKeyCache,
  principal: Principal,
  now = Date.now(),
): Promise<readonly Scope[] | null> {
  const row = await keys.find(principal.keyPrefix, now);
  if (!row || row.id !== principal.apiKeyId || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now))
    return null;
  return row.scopes;
}

const scopesSchema = z
  .array(z.enum(SCOPES, { message: `must be one of ${SCOPES.join(", ")}` }))
  .min(1, "must name at least one scope")
  .max(SCOPES.length, `must name at most ${SCOPES.length} scopes (each once)`)
  .transform((scopes) => [...new Set(scopes)]);

export const createApiKeyInput = z
  .object({
    name: nameSchema,
    scopes: scopesSchema,
    /** Restricts the key to this project. */
    projectId: projectIdSchema.min(1, "must not be empty").nullish(),
    expiresAt: z
      .date()
      .nullish()
      .refine((date) => !date || date.getTime() > Date.now(), "must be in the future"),
  })
  .superRefine(({ scopes, projectId }, context) => {
    if (projectId == null) return;
    const refused = scopes.filter((scope) => TENANT_WIDE_SCOPES.includes(scope));
    if (refused.length > 0)
      context.addIssue({
        code: "custom",
        path: ["scopes"],
        message: `must not hold ${refused.join(" or ")} on a project-scoped key: it reaches past one project`,
      });
  });

export type CreateApiKeyInput = z.input<typeof createApiKeyInput>;

/** Creates a key; the plain key is returned here and never again. */
export async function createApiKey(
  prisma: Pick<PrismaClient, "apiKey">,
  tenantId: string,
  input: CreateApiKeyInput,
  key = generateApiKey().key,
): Promise<{ apiKey: ApiKey; key: string }> {
  const { name, scopes, projectId, expiresAt } = parseInput(createApiKeyInput, input);
  const record = keyRecord(key);
  if (!record) throw new Error("generated key has an unexpected shape");
  const apiKey = await prisma.apiKey.create({ data: { tenantId, name, scopes, projectId, expiresAt, ...record } });
  return { apiKey, key };
}

/**
 * Revokes a key of the tenant; revoking twice keeps the first revocation time. Every process is told
 * (API_KEYS_CHANNEL) when the revocation commits.
 */
export async function revokeApiKey(
  prisma: PrismaClient,
  tenantId: string,
  id: string,
  now = new Date(),
): Promise<ApiKey> {
  const existing = await prisma.apiKey.findFirst({ where: { id, tenantId } });
  if (!existing) throw new NotFoundError("API key");
  if (existing.revokedAt) return existing;
  const [revoked] = await prisma.$transaction([
    prisma.apiKey.update({ where: { id }, data: { revokedAt: now } }),
    prisma.$executeRaw`SELECT pg_notify(${API_KEYS_CHANNEL}, '')`,
  ]);
  return revoked;
}

/** A page of the tenant's API keys, newest first: `page` is what the connection asks for. */
export const listApiKeys = <Page extends Omit<Prisma.ApiKeyFindManyArgs, "where" | "orderBy">>(
  prisma: PrismaClient,
  tenantId: string,
  page: Page,
) => prisma.apiKey.findMany({ ...page, where: { tenantId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

export const countApiKeys = (prisma: PrismaClient, tenantId: string) => prisma.apiKey.count({ where: { tenantId } });
