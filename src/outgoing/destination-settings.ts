// An outgoing webhook's destination type and its settings: what the receiver understands (Standard
// Webhooks JSON, or a service's own API) and what that service needs (a routing key, a region, ...).
// Settings are validated per type. The one secret a type may have (routing key, API key, token,
// signing secret) is stored encrypted beside the webhook's signing secret and never read back; the
// rest is stored as it is and shown.
import { z } from "zod";
import { WebhookDestinationType, type Webhook } from "../generated/prisma/client.js";
import type { SecretBox } from "../crypto/secret-box.js";
import { ValidationError } from "../common/errors.js";
import { parseInput, isOneOf } from "../common/validation.js";
import { secretHint } from "../signing/signing-secrets.js";

export { WebhookDestinationType };

const OPSGENIE_REGIONS = { US: "https://api.opsgenie.com", EU: "https://api.eu.opsgenie.com" } as const;
export type OpsgenieRegion = keyof typeof OPSGENIE_REGIONS;

/** Datadog's sites (the host after "app." in the address one signs in at); the API is at api.<site>. */
export const DATADOG_SITES = [
  "datadoghq.com",
  "us3.datadoghq.com",
  "us5.datadoghq.com",
  "datadoghq.eu",
  "ap1.datadoghq.com",
  "ap2.datadoghq.com",
  "ddog-gov.com",
  "us2.ddog-gov.com",
] as const;

const PAGERDUTY_EVENTS_URL = "https://events.pagerduty.com/v2/enqueue";

/** A CUSTOM expression's longest text. */
export const MAX_EXPRESSION_LENGTH = 10_000;

const MEDIA_TYPE =
  /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+(\s*;\s*[a-z0-9!#$&^_.+-]+=("[^"\r\n]*"|[a-z0-9!#$&^_.+-]+))*$/i;

/** Every setting any type takes, as given in GraphQL (each type uses some of them). */
export interface DestinationSettingsInput {
  routingKey?: string | null;
  apiKey?: string | null;
  token?: string | null;
  signingSecret?: string | null;
  region?: OpsgenieRegion | null;
  site?: string | null;
  index?: string | null;
  source?: string | null;
  sourceType?: string | null;
  expression?: string | null;
  contentType?: string | null;
}

type SettingName = keyof DestinationSettingsInput;
const SECRET_SETTINGS = ["routingKey", "apiKey", "token", "signingSecret"] as const satisfies SettingName[];
type SecretSettingName = (typeof SECRET_SETTINGS)[number];

const secretText = (what: string) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(256, "must be at most 256 characters")
    .regex(/^\S+$/, `must be the ${what} as given, without spaces`);

/** The public part of each type's settings, as stored in destination_settings. */
const storedSettings = {
  STANDARD: z.object({}),
  SLACK: z.object({}),
  DISCORD: z.object({}),
  MICROSOFT_TEAMS: z.object({}),
  GOOGLE_CHAT: z.object({}),
  FEISHU: z.object({}),
  PAGERDUTY: z.object({}),
  OPSGENIE: z.object({ region: z.enum(["US", "EU"]).default("US") }),
  DATADOG: z.object({
    site: z.enum(DATADOG_SITES, { message: `must be one of ${DATADOG_SITES.join(", ")}` }).default("datadoghq.com"),
  }),
  SPLUNK: z.object({
    index: z
      .string()
      .regex(
        /^[a-z0-9_][a-z0-9_-]{0,79}$/,
        "must be a Splunk index name (lowercase letters, digits, _ and -, at most 80)",
      )
      .optional(),
    source: z.string().min(1, "must not be empty").max(256, "must be at most 256 characters").optional(),
    sourceType: z.string().min(1, "must not be empty").max(256, "must be at most 256 characters").optional(),
  }),
  CUSTOM: z.object({
    expression: z
      .string()
      .min(1, "must not be empty")
      .max(MAX_EXPRESSION_LENGTH, `must be at most ${MAX_EXPRESSION_LENGTH} characters`),
    contentType: z
      .string()
      .max(256, "must be at most 256 characters")
      .regex(MEDIA_TYPE, 'must be a media type ("application/json", "text/plain; charset=utf-8")')
      .default("application/json"),
  }),
} satisfies Record<WebhookDestinationType, z.ZodType>;

export type DestinationSettings<Type extends WebhookDestinationType = WebhookDestinationType> = z.output<
  (typeof storedSettings)[Type]
>;

/** Each type's secret setting, whether it must be given, and how it is checked. */
const secretSettings: Partial<
  Record<WebhookDestinationType, { name: SecretSettingName; required: boolean; schema: z.ZodType<string> }>
> = {
  FEISHU: { name: "signingSecret", required: false, schema: secretText("bot's signing secret") },
  // PagerDuty integration (routing) keys are 32 characters.
  PAGERDUTY: {
    name: "routingKey",
    required: true,
    schema: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{32}$/, "must be the 32-character integration key of a PagerDuty Events API v2 integration"),
  },
  OPSGENIE: {
    name: "apiKey",
    required: true,
    schema: z
      .string()
      .trim()
      .regex(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
        "must be the API key of an Opsgenie API integration (a UUID)",
      ),
  },
  // Datadog API keys are 32 hexadecimal characters.
  DATADOG: {
    name: "apiKey",
    required: true,
    schema: z
      .string()
      .trim()
      .regex(/^[0-9a-f]{32}$/i, "must be a Datadog API key (32 hexadecimal characters)"),
  },
  SPLUNK: {
    name: "token",
    required: true,
    schema: z
      .string()
      .trim()
      .regex(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
        "must be an HTTP Event Collector token (a GUID)",
      ),
  },
};

/** The settings a type takes, for error messages and the docs. */
function settingNamesOf(type: WebhookDestinationType): SettingName[] {
  const secret = secretSettings[type]?.name;
  // Object.keys types keys as strings; every stored setting's key is a setting's name.
  return [...(secret ? [secret] : []), ...(Object.keys(storedSettings[type].shape) as SettingName[])];
}

/** A destination as parsed from input: the public settings and the secret (as given, not yet encrypted; null when the type has none or it was left out). */
export type ParsedDestination = {
  [Type in WebhookDestinationType]: { type: Type; settings: DestinationSettings<Type>; secret: string | null };
}[WebhookDestinationType];

/**
 * Validates `input` for `type`: every given setting must belong to the type, each must hold, and a
 * required secret must be given unless `keepSecret` (an update of the same type keeps the stored one).
 */
export function parseDestination(
  type: WebhookDestinationType,
  input: DestinationSettingsInput | null | undefined,
  path: string[],
  keepSecret = false,
): ParsedDestination {
  const given = new Map(Object.entries(input ?? {}).filter(([, value]) => value !== null && value !== undefined));
  const allowed: string[] = settingNamesOf(type);
  const strangers = [...given.keys()].filter((name) => !allowed.includes(name));
  if (strangers.length > 0) {
    throw new ValidationError(
      strangers.map((name) => ({
        path: [...path, name],
        message: `is not a setting of type ${type} (${allowed.length ? `it takes ${allowed.join(", ")}` : "it takes none"})`,
      })),
    );
  }
  const secretSetting = secretSettings[type];
  let secret: string | null = null;
  if (secretSetting) {
    const value = given.get(secretSetting.name);
    if (value !== undefined) secret = parseInput(secretSetting.schema, value, [...path, secretSetting.name]);
    else if (secretSetting.required && !keepSecret)
      throw ValidationError.of([...path, secretSetting.name], `is required for type ${type}`);
  }
  const publicPart = Object.fromEntries([...given].filter(([name]) => !isOneOf(SECRET_SETTINGS, name)));
  if (type === "CUSTOM" && publicPart.expression === undefined)
    throw ValidationError.of([...path, "expression"], "is required for type CUSTOM");
  // The union is keyed by type; TypeScript cannot tie the parsed settings to `type` by itself.
  return { type, settings: parseInput(storedSettings[type], publicPart, path), secret } as ParsedDestination;
}

/** The URL a type sends to when none is given: the service's public API (null for types whose URL is the user's). */
export function defaultUrlOf(destination: ParsedDestination | StoredDestination): string | null {
  switch (destination.type) {
    case "PAGERDUTY":
      return PAGERDUTY_EVENTS_URL;
    case "OPSGENIE":
      return OPSGENIE_REGIONS[destination.settings.region];
    case "DATADOG":
      return `https://api.${destination.settings.site}/api/v1/events`;
    default:
      return null;
  }
}

/** The columns a parsed destination is stored in. */
export function destinationColumns(destination: ParsedDestination, secretBox: SecretBox) {
  return {
    destinationType: destination.type,
    destinationSettings: Object.keys(destination.settings).length > 0 ? destination.settings : undefined,
    destinationSecretCiphertext: destination.secret === null ? null : secretBox.encrypt(destination.secret),
    destinationSecretHint: destination.secret === null ? null : secretHint(destination.secret),
  };
}

/** A stored destination as delivery needs it: the settings parsed once here, the secret still encrypted. */
export type StoredDestination = {
  [Type in WebhookDestinationType]: {
    type: Type;
    settings: DestinationSettings<Type>;
    secretCiphertext: string | null;
    secretHint: string | null;
  };
}[WebhookDestinationType];

export type DestinationColumns = Pick<
  Webhook,
  "destinationType" | "destinationSettings" | "destinationSecretCiphertext" | "destinationSecretHint"
>;

/** Parses a webhook row's destination columns (written by destinationColumns, so they hold). */
export function storedDestinationOf(row: DestinationColumns): StoredDestination {
  const settings = storedSettings[row.destinationType].parse(row.destinationSettings ?? {});
  // The union is keyed by type; TypeScript cannot tie the parsed settings to the row's type by itself.
  return {
    type: row.destinationType,
    settings,
    secretCiphertext: row.destinationSecretCiphertext,
    secretHint: row.destinationSecretHint,
  } as StoredDestination;
}
