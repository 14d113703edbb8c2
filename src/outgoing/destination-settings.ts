// An outgoing webhook's destination type and its settings: what the receiver understands (Standard
// Webhooks JSON, or a service's own API) and what that service needs (a routing key, a region, ...).
// Settings are validated per type. The one secret a type may have (routing key, API key, token,
// signing secret) is stored encrypted beside the webhook's signing secret and never read back; the
// rest is stored as it is and shown.
import { z } from "zod";
import { WebhookDestinationType, type Webhook } from "../generated/prisma/client.js";
import type { SecretBox } from "../crypto/secret-box.js";
import { ValidationError } from "../common/errors.js";
import { absoluteUrlSchema, parseInput, isOneOf, schemeOf } from "../common/validation.js";
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
  password?: string | null;
  exchange?: string | null;
  routingKeyTemplate?: string | null;
  persistent?: boolean | null;
  subjectTemplate?: string | null;
  streamKeyTemplate?: string | null;
  maxLength?: number | null;
  topicTemplate?: string | null;
  clientId?: string | null;
}

type SettingName = keyof DestinationSettingsInput;
const SECRET_SETTINGS = ["routingKey", "apiKey", "token", "signingSecret", "password"] as const satisfies SettingName[];
type SecretSettingName = (typeof SECRET_SETTINGS)[number];

const secretText = (what: string) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(256, "must be at most 256 characters")
    .regex(/^\S+$/, `must be the ${what} as given, without spaces`);

/** The types that publish to a message broker rather than POST to a URL. */
export const BROKER_TYPES = ["RABBITMQ", "NATS_JETSTREAM", "REDIS_STREAM", "MQTT"] as const;
export type BrokerType = (typeof BROKER_TYPES)[number];

/** The URL schemes a broker type's url may use; every other type's is http or https. */
const BROKER_URL_SCHEMES: Record<BrokerType, readonly string[]> = {
  RABBITMQ: ["amqp", "amqps"],
  NATS_JETSTREAM: ["nats", "tls"],
  REDIS_STREAM: ["redis", "rediss"],
  MQTT: ["mqtt", "mqtts", "ws", "wss"],
};

export const isBrokerType = (type: WebhookDestinationType): type is BrokerType => isOneOf(BROKER_TYPES, type);

const BROKER_SCHEMES = Object.values(BROKER_URL_SCHEMES).flat();

/**
 * An outgoing webhook's URL: of a scheme some type uses, without a password (a broker's goes in its
 * settings, encrypted). Which schemes fit a type is checked with the type (destinationUrlProblem).
 */
export const destinationUrlSchema = absoluteUrlSchema("must be an absolute URL", (url) => [
  ...(["http", "https", ...BROKER_SCHEMES].includes(schemeOf(url))
    ? []
    : [`must use http or https, or a broker type's scheme (${BROKER_SCHEMES.join(", ")})`]),
  ...(url.password ? ["must not contain a password (a broker's goes in destinationSettings.password)"] : []),
]);

/** Why `url` cannot be the URL of a webhook of `type`, or null when it can. */
export function destinationUrlProblem(type: WebhookDestinationType, url: string): string | null {
  const schemes = isBrokerType(type) ? BROKER_URL_SCHEMES[type] : ["http", "https"];
  const parsed = new URL(url);
  if (!schemes.includes(schemeOf(parsed))) return `must use ${schemes.join(" or ")} for type ${type}`;
  // A broker's user is part of its address; an HTTP receiver's would be a credential in plain sight.
  if (parsed.username && !isBrokerType(type)) return "must not contain a user name or password";
  return null;
}

/** The one placeholder a broker template takes. */
export const TEMPLATE_PLACEHOLDER = "{type}";

/**
 * A broker template: text with {type} standing for the event's type. `forbidden` are characters the
 * broker does not take in a name it publishes to (NATS and MQTT wildcards).
 */
const brokerTemplate = (what: string, forbidden: RegExp, rule: string) =>
  z
    .string()
    .min(1, "must not be empty")
    .max(200, "must be at most 200 characters")
    .refine(
      (template) => !/[{}]/.test(template.replaceAll(TEMPLATE_PLACEHOLDER, "")),
      `must use no placeholder but ${TEMPLATE_PLACEHOLDER} (the event's type)`,
    )
    .refine((template) => !forbidden.test(template), `must be a ${what}: ${rule}`);

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
  RABBITMQ: z.object({
    exchange: z
      .string()
      .max(255, "must be at most 255 characters")
      .regex(
        /^[A-Za-z0-9_.:-]*$/,
        'must be an exchange name (letters, digits, "_", ".", ":" and "-"; "" for the default exchange)',
      )
      .default(""),
    routingKeyTemplate: brokerTemplate("routing key", /\p{Cc}/u, "no control characters").default(TEMPLATE_PLACEHOLDER),
    persistent: z.boolean().default(true),
  }),
  NATS_JETSTREAM: z.object({
    subjectTemplate: brokerTemplate(
      "subject",
      /[\s*>]|^\.|\.$|\.\./,
      'no spaces, no wildcards ("*", ">"), no empty token between dots',
    ).default(TEMPLATE_PLACEHOLDER),
  }),
  REDIS_STREAM: z.object({
    streamKeyTemplate: brokerTemplate("stream key", /\p{Cc}/u, "no control characters").default(TEMPLATE_PLACEHOLDER),
    maxLength: z
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(1_000_000_000, "must be at most 1000000000")
      .optional(),
  }),
  MQTT: z.object({
    topicTemplate: brokerTemplate(
      "topic",
      /[+#]|\p{Cc}|^\$/u,
      'no wildcards ("+", "#"), not starting with "$"',
    ).default(TEMPLATE_PLACEHOLDER),
    clientId: z
      .string()
      .min(1, "must not be empty")
      .max(40, "must be at most 40 characters")
      .regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "_" and "-"')
      .optional(),
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
  ...Object.fromEntries(
    BROKER_TYPES.map((type) => [
      type,
      {
        name: "password",
        required: false,
        schema: z.string().min(1, "must not be empty").max(256, "must be at most 256 characters"),
      },
    ]),
  ),
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
