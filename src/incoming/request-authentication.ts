// Request authentication for incoming webhooks: what a sender proves besides knowing the URL, whose
// key ends up in every proxy's access log. The types are the ones monitoring systems can send:
//   BEARER_TOKEN       Authorization: Bearer <token> (Alertmanager's http_config.authorization,
//                      Grafana's "Authorization header");
//   BASIC              Authorization: Basic (Alertmanager's basic_auth, Grafana's basic auth);
//   HMAC_SHA256        a hex or base64 HMAC-SHA256 of the body in a header (GitHub's
//                      X-Hub-Signature-256: sha256=<hex>), or of "<timestamp>:<body>" with the
//                      timestamp in a header of its own (Grafana's HMAC signature);
//   STANDARD_WEBHOOKS  webhook-id, webhook-timestamp and webhook-signature (v1, HMAC-SHA256 of
//                      "<id>.<timestamp>.<body>" with the whsec_ secret), as this service signs.
// Every comparison is sameSecret's: of digests, in constant time.
import { createHash, createHmac } from "node:crypto";
import { z } from "zod";
import { Prisma, type IncomingAuthenticationType, type Webhook } from "../generated/prisma/client.js";
import type { SecretBox } from "../crypto/secret-box.js";
import { sameSecret } from "../crypto/same-secret.js";
import { ValidationError } from "../common/errors.js";
import { parseInput } from "../common/validation.js";
import { jsonObjectColumn } from "../db/sql.js";
import { standardWebhookSignature } from "../signing/signing.js";
import { secretHint, signingSecretSchema } from "../signing/signing-secrets.js";

/** How far a signed timestamp may be from the receiver's clock, by default (Standard Webhooks' own). */
export const DEFAULT_TOLERANCE_SECONDS = 300;
const MAX_TOLERANCE_SECONDS = 86_400;
/** How old a signed request's timestamp may be (HMAC_SHA256 with a timestamp header, STANDARD_WEBHOOKS). */
const toleranceSecondsSchema = z
  .number()
  .int()
  .min(1, "must be at least 1")
  .max(MAX_TOLERANCE_SECONDS, `must be at most ${MAX_TOLERANCE_SECONDS}`);

const headerName = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}$/, "must be an HTTP header name");
/** How long a token, password or key may be, in characters. */
export const SECRET_TEXT_LENGTH = { min: 16, max: 512 } as const;
const secretText = (what: string) =>
  z
    .string()
    .min(
      SECRET_TEXT_LENGTH.min,
      `must be at least ${SECRET_TEXT_LENGTH.min} characters (a ${what} that short can be guessed)`,
    )
    .max(SECRET_TEXT_LENGTH.max, `must be at most ${SECRET_TEXT_LENGTH.max} characters`)
    .regex(/^[\x21-\x7e]+$/, "must be printable ASCII without spaces");

/** Settings each type takes. */
const typeSchemas = {
  NONE: z.object({}),
  BEARER_TOKEN: z.object({ token: secretText("token") }),
  BASIC: z.object({
    username: z
      .string()
      .min(1, "must not be empty")
      .max(256, "must be at most 256 characters")
      .regex(/^[^:\r\n]*$/, "must not contain a colon or a line break"),
    password: secretText("password"),
  }),
  HMAC_SHA256: z.object({
    secret: secretText("key"),
    signatureHeader: headerName.nullish(),
    signaturePrefix: z.string().max(32, "must be at most 32 characters").nullish(),
    encoding: z.enum(["HEX", "BASE64"]).nullish(),
    timestampHeader: headerName.nullish(),
    toleranceSeconds: toleranceSecondsSchema.nullish(),
  }),
  STANDARD_WEBHOOKS: z.object({
    secret: signingSecretSchema,
    toleranceSeconds: toleranceSecondsSchema.nullish(),
  }),
} satisfies Record<IncomingAuthenticationType, z.ZodObject>;

/** Each type's fields as stored: the settings in the clear (defaults filled in; null for none) and the secret apart. */
const storedForm = {
  NONE: typeSchemas.NONE.transform(() => ({ settings: null, secret: null })),
  BEARER_TOKEN: typeSchemas.BEARER_TOKEN.transform(({ token }) => ({ settings: {}, secret: token })),
  BASIC: typeSchemas.BASIC.transform(({ username, password }) => ({ settings: { username }, secret: password })),
  HMAC_SHA256: typeSchemas.HMAC_SHA256.transform((given) => ({
    settings: {
      signatureHeader: given.signatureHeader ?? "X-Hub-Signature-256",
      signaturePrefix: given.signaturePrefix ?? "",
      encoding: given.encoding ?? "HEX",
      timestampHeader: given.timestampHeader ?? null,
      toleranceSeconds: given.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS,
    },
    secret: given.secret,
  })),
  STANDARD_WEBHOOKS: typeSchemas.STANDARD_WEBHOOKS.transform(({ secret, toleranceSeconds }) => ({
    settings: { toleranceSeconds: toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS },
    secret,
  })),
} satisfies Record<
  IncomingAuthenticationType,
  z.ZodType<{ settings: Prisma.InputJsonObject | null; secret: string | null }>
>;

/** What the API takes: the type and the fields of every type (each type uses its own). */
export interface AuthenticationInput {
  type: IncomingAuthenticationType;
  token?: string | null;
  username?: string | null;
  password?: string | null;
  secret?: string | null;
  signatureHeader?: string | null;
  signaturePrefix?: string | null;
  encoding?: "HEX" | "BASE64" | null;
  timestampHeader?: string | null;
  toleranceSeconds?: number | null;
}

/** The settings stored in the clear, by type (the secret is stored apart, encrypted). */
const storedSettings = z.discriminatedUnion("type", [
  z.object({ type: z.literal("NONE") }),
  z.object({ type: z.literal("BEARER_TOKEN") }),
  z.object({ type: z.literal("BASIC"), username: z.string() }),
  z.object({
    type: z.literal("HMAC_SHA256"),
    signatureHeader: z.string(),
    signaturePrefix: z.string(),
    encoding: z.enum(["HEX", "BASE64"]),
    timestampHeader: z.string().nullable(),
    toleranceSeconds: z.number(),
  }),
  z.object({ type: z.literal("STANDARD_WEBHOOKS"), toleranceSeconds: z.number() }),
]);
export type AuthenticationSettings = z.output<typeof storedSettings>;

/** A webhook's authentication as the API shows it: the settings, and the secret's last 4 characters. */
export type AuthenticationView = AuthenticationSettings & { secretHint: string | null };

/** The stored columns; the settings as read from the row, parsed by authenticationOf. */
type AuthenticationColumns = Pick<
  Webhook,
  "authenticationType" | "authenticationSecretCiphertext" | "authenticationSecretHint"
> & { authenticationSettings: unknown };

/** Validates `input` for its type (a field the type does not use is refused by name) and returns the columns to store. */
export function authenticationColumns(
  input: AuthenticationInput,
  secretBox: SecretBox,
  path: string[],
): Omit<AuthenticationColumns, "authenticationSettings"> & {
  authenticationSettings: Prisma.InputJsonValue | typeof Prisma.DbNull;
} {
  const schema = typeSchemas[input.type];
  const { type, ...fields } = input;
  const allowed = Object.keys(schema.shape);
  const strangers = Object.entries(fields)
    .filter(([name, value]) => value != null && !allowed.includes(name))
    .map(([name]) => name);
  if (strangers.length > 0)
    throw new ValidationError(
      strangers.map((name) => ({
        path: [...path, name],
        message: `is not used by type ${type} (${allowed.length ? `it takes ${allowed.join(", ")}` : "it takes none"})`,
      })),
    );
  const { settings, secret } = parseInput(storedForm[type], fields, path);
  return {
    authenticationType: type,
    authenticationSettings: settings ?? Prisma.DbNull,
    authenticationSecretCiphertext: secret === null ? null : secretBox.encrypt(secret),
    authenticationSecretHint: secret === null ? null : secretHint(secret),
  };
}

/** The name each type's secret is given under, in the API's input and in a plugin's secretData. */
const SECRET_FIELD: Record<IncomingAuthenticationType, string | null> = {
  NONE: null,
  BEARER_TOKEN: "token",
  BASIC: "password",
  HMAC_SHA256: "secret",
  STANDARD_WEBHOOKS: "secret",
};

/**
 * What a plugin is told of the authentication (the protocol's secret_data): the type, its settings and
 * its secret, under the name the API takes it by, so a plugin can check what it needs to (it reaches a
 * registered plugin only in the service's signed calls). Takes stored or new columns.
 */
export function secretDataOf(
  columns: Pick<AuthenticationColumns, "authenticationType" | "authenticationSecretCiphertext"> & {
    authenticationSettings: unknown;
  },
  secretBox: SecretBox,
): Record<string, unknown> {
  const settings = columns.authenticationSettings;
  const stored =
    typeof settings === "object" && settings !== null && settings !== Prisma.DbNull && !Array.isArray(settings)
      ? settings
      : {};
  const field = SECRET_FIELD[columns.authenticationType];
  const secret =
    field && columns.authenticationSecretCiphertext
      ? { [field]: secretBox.decrypt(columns.authenticationSecretCiphertext) }
      : {};
  return { ...stored, ...secret, type: columns.authenticationType };
}

/** The stored authentication, parsed once. */
export function authenticationOf(webhook: AuthenticationColumns): AuthenticationView {
  const settings = storedSettings.parse({
    ...jsonObjectColumn.parse(webhook.authenticationSettings),
    type: webhook.authenticationType,
  });
  return { ...settings, secretHint: webhook.authenticationSecretHint };
}

/** The scheme and credentials of an Authorization header ("Bearer abc" -> ["bearer", "abc"]). */
function authorization(headers: Record<string, string>): [string, string] | null {
  const match = /^\s*(\S+)\s+(.+?)\s*$/.exec(headers.authorization ?? "");
  return match ? [match[1]!.toLowerCase(), match[2]!] : null;
}

/** Whether a Unix timestamp in seconds is within `tolerance` of now. */
function isFresh(timestamp: string | undefined, toleranceSeconds: number, now: Date): timestamp is string {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(now.getTime() / 1000 - Number(timestamp)) <= toleranceSeconds;
}

/** What makes an authentic signed request single-use: its key, and when its timestamp stops admitting it anyway. */
export interface SingleUse {
  key: string;
  until: Date;
}

/** A digest of the id or signature (a header may be kilobytes long; the key is an index entry). */
const singleUse = (what: string, timestamp: string, toleranceSeconds: number): SingleUse => ({
  key: createHash("sha256").update(what).digest("base64url"),
  until: new Date((Number(timestamp) + toleranceSeconds) * 1000),
});

/**
 * Whether the request proves what the webhook's authentication asks for, and for a signature over a
 * timestamp (STANDARD_WEBHOOKS, HMAC_SHA256 with a timestampHeader) what makes it single-use within
 * the tolerance: the webhook-id, or the signature. `headers` are lower-cased names (as Node gives
 * them); `body` is the request's bytes as received (signatures cover them).
 */
export function authenticateRequest(
  webhook: AuthenticationColumns,
  secretBox: SecretBox,
  headers: Record<string, string>,
  body: Buffer,
  now = new Date(),
): { authentic: false } | { authentic: true; singleUse: SingleUse | null } {
  const refused = { authentic: false } as const;
  const admitted = (singleUse: SingleUse | null = null) => ({ authentic: true as const, singleUse });
  const settings = authenticationOf(webhook);
  if (settings.type === "NONE") return admitted();
  const secret = webhook.authenticationSecretCiphertext
    ? secretBox.decrypt(webhook.authenticationSecretCiphertext)
    : null;
  if (secret === null) return refused; // a type with its secret missing admits nobody
  switch (settings.type) {
    case "BEARER_TOKEN": {
      const given = authorization(headers);
      return given !== null && given[0] === "bearer" && sameSecret(given[1], secret) ? admitted() : refused;
    }
    case "BASIC": {
      const given = authorization(headers);
      return given !== null &&
        given[0] === "basic" &&
        sameSecret(Buffer.from(given[1], "base64").toString("utf8"), `${settings.username}:${secret}`)
        ? admitted()
        : refused;
    }
    case "HMAC_SHA256": {
      const header = headers[settings.signatureHeader.toLowerCase()] ?? "";
      if (!header.startsWith(settings.signaturePrefix)) return refused;
      const mac = createHmac("sha256", secret);
      const timestamp = settings.timestampHeader ? headers[settings.timestampHeader.toLowerCase()] : undefined;
      if (settings.timestampHeader) {
        if (!isFresh(timestamp, settings.toleranceSeconds, now)) return refused;
        mac.update(`${timestamp}:`);
      }
      const expected = mac.update(body).digest(settings.encoding === "HEX" ? "hex" : "base64");
      const given = header.slice(settings.signaturePrefix.length).trim();
      if (!sameSecret(settings.encoding === "HEX" ? given.toLowerCase() : given, expected)) return refused;
      return admitted(timestamp ? singleUse(`hmac:${expected}`, timestamp, settings.toleranceSeconds) : null);
    }
    case "STANDARD_WEBHOOKS": {
      const id = headers["webhook-id"];
      const timestamp = headers["webhook-timestamp"];
      if (!id || !isFresh(timestamp, settings.toleranceSeconds, now)) return refused;
      const expected = standardWebhookSignature(secret, id, Number(timestamp), body);
      // Several signatures during the sender's key rotation: one match is enough; each is compared.
      const matches = (headers["webhook-signature"] ?? "")
        .split(" ")
        .filter((signature) => signature.startsWith("v1,"))
        .map((signature) => sameSecret(signature.slice(3), expected));
      return matches.includes(true) ? admitted(singleUse(`id:${id}`, timestamp, settings.toleranceSeconds)) : refused;
    }
  }
}
