// The contract every incoming-webhook plugin fulfils, and the helpers plugins share. A plugin turns
// the body an external monitoring system POSTs into normalized events. A built-in plugin does no I/O
// of its own except through the context it is handed (SNS subscription confirmation); a registered one
// is a service called over HTTP (external-plugins.ts).
import { createHash } from "node:crypto";
import { z } from "zod";
import type { IncomingAuthenticationType, IncomingEventType, Severity } from "../../generated/prisma/client.js";

export interface NormalizedEvent {
  /** Events with the same key are one alert (de-duplicated within the plugin's duplicateEventTime). */
  eventKey: string;
  eventType: IncomingEventType;
  severity: Severity;
  title: string;
  description?: string | null;
  rule?: string | null;
  resource?: Record<string, unknown> | null;
  provider?: string | null;
  account?: string | null;
  imageUrl?: string | null;
  occurredAt: Date;
  additionalInfo?: Record<string, unknown>;
}

export interface PluginMetadata extends Record<string, unknown> {
  /** Seconds within which events with the same key attach to the same alert. */
  duplicateEventTime?: number;
}

export interface ParseContext {
  /** Confirms an AWS SNS subscription by GET to its SubscribeURL (only sns.<region>.amazonaws.com hosts). */
  confirmSubscription(url: string): Promise<void>;
}

/** Options that cannot work (the zod schema checks shapes; this is what it cannot see). */
export class PluginOptionsError extends Error {}

/**
 * The body is not what the plugin understands. Stored as an ERROR event, so nothing is lost: the
 * event's description is `message`, for the tenant; the sender is told `senderMessage`, which for a
 * registered plugin names no address of the tenant's service.
 */
export class PayloadError extends Error {
  constructor(
    message: string,
    readonly senderMessage = message,
  ) {
    super(message);
  }
}

/** Every request authentication type: what a plugin supports unless it says otherwise. */
export const ALL_AUTHENTICATION_TYPES: readonly IncomingAuthenticationType[] = [
  "NONE",
  "BEARER_TOKEN",
  "BASIC",
  "HMAC_SHA256",
  "STANDARD_WEBHOOKS",
];

/**
 * What the webhook's request authentication tells the plugin (the plugin protocol's secretData): its
 * type and settings, never its secret; requests are authenticated before a plugin sees them.
 */
export type SecretData = Record<string, unknown>;

interface PluginVersionDefinition<Options> {
  version: string;
  optionsSchema: z.ZodType<Options>;
  capability: Record<string, unknown>;
  /** The request authentication types its senders can use (the plugin's secret_data schema); default all. */
  authentication?: readonly IncomingAuthenticationType[];
  init(options: Options): PluginMetadata;
  verify?(options: Options): void;
  parse(
    options: Options,
    body: unknown,
    headers: Record<string, string>,
    context: ParseContext,
  ): NormalizedEvent[] | Promise<NormalizedEvent[]>;
}

/**
 * One version of a plugin, its options already erased to `unknown` and checked on every call. `init`
 * and `verify` throw PluginOptionsError for options (or authentication) that cannot work; `parse`
 * throws PayloadError for a body it cannot read.
 */
export interface PluginVersion {
  version: string;
  optionsSchema: z.ZodType;
  capability: Record<string, unknown>;
  authentication: readonly IncomingAuthenticationType[];
  init(options: unknown, secretData: SecretData): Promise<PluginMetadata>;
  verify(options: unknown, secretData: SecretData): Promise<void>;
  parse(
    options: unknown,
    secretData: SecretData,
    body: unknown,
    headers: Record<string, string>,
    context: ParseContext,
  ): Promise<NormalizedEvent[]>;
}

export interface Plugin {
  id: string;
  name: string;
  description: string;
  /** BUILT_IN ships with the service; REGISTERED is a tenant's own service (registerPlugin). */
  source: "BUILT_IN" | "REGISTERED";
  /** Oldest first. */
  versions: PluginVersion[];
}

export function pluginVersion<Options extends Record<string, unknown>>(
  definition: PluginVersionDefinition<Options>,
): PluginVersion {
  const read = (options: unknown) => definition.optionsSchema.parse(options ?? {});
  return {
    version: definition.version,
    optionsSchema: definition.optionsSchema,
    capability: definition.capability,
    authentication: definition.authentication ?? ALL_AUTHENTICATION_TYPES,
    init: async (options) => definition.init(read(options)),
    verify: async (options) => definition.verify?.(read(options)),
    parse: async (options, _secretData, body, headers, context) =>
      definition.parse(read(options), body, headers, context),
  };
}

/** Options every plugin accepts. */
export const commonOptions = {
  duplicateEventTime: z
    .number()
    .int()
    .min(0)
    .max(86_400)
    .optional()
    .describe("Seconds within which events with the same key are one alert (default 600)."),
};

export function commonMetadata(options: { duplicateEventTime?: number }): PluginMetadata {
  return options.duplicateEventTime === undefined ? {} : { duplicateEventTime: options.duplicateEventTime };
}

const SEVERITY_WORDS: Record<string, Severity> = {
  critical: "CRITICAL",
  fatal: "CRITICAL",
  emergency: "CRITICAL",
  alert: "CRITICAL",
  p1: "CRITICAL",
  error: "ERROR",
  err: "ERROR",
  major: "ERROR",
  high: "ERROR",
  p2: "ERROR",
  warning: "WARNING",
  warn: "WARNING",
  minor: "WARNING",
  medium: "WARNING",
  p3: "WARNING",
  info: "INFO",
  informational: "INFO",
  notice: "INFO",
  low: "INFO",
  ok: "INFO",
  p4: "INFO",
  p5: "INFO",
  none: "NONE",
  not_available: "NOT_AVAILABLE",
};

/** Maps a severity word of any monitoring system to ours; `fallback` for anything else. */
export function severityOf(value: unknown, fallback: Severity): Severity {
  return typeof value === "string" ? (SEVERITY_WORDS[value.trim().toLowerCase()] ?? fallback) : fallback;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asString(value: unknown): string | undefined {
  if (typeof value === "string") return value.length > 0 ? value : undefined;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

export function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, item]) => {
      const text = asString(item);
      return text === undefined ? [] : [[key, text]];
    }),
  );
}

/** A date from an ISO string or epoch seconds/milliseconds; `fallback` when absent or unreadable. */
export function dateOf(value: unknown, fallback: Date): Date {
  if (typeof value === "number") return new Date(value < 1e12 ? value * 1000 : value);
  if (typeof value !== "string" || !value) return fallback;
  // CloudWatch writes offsets as +0000, which not every parser accepts.
  const date = new Date(value.replace(/([+-]\d\d)(\d\d)$/, "$1:$2"));
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1970 ? fallback : date;
}

/** A stable key from values that identify an event when the sender gives no id. */
export function keyOf(...parts: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);
}

/** One alert of an Alertmanager-shaped payload (Alertmanager's own, Grafana's unified alerting). */
export interface AlertmanagerAlert {
  alert: Record<string, unknown>;
  /** The alert's labels over the payload's common ones. */
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** "firing" or "resolved": the alert's own, else the payload's. */
  status: string | undefined;
}

/** The items of an Alertmanager-shaped payload's alerts, each checked to be an object. */
export function alertmanagerAlerts(
  payload: Record<string, unknown>,
  alerts: unknown[],
  commonLabels: Record<string, string> = {},
): AlertmanagerAlert[] {
  return alerts.map((alert, index) => {
    if (!isRecord(alert)) throw new PayloadError(`alerts[${index}] is not an object`);
    return {
      alert,
      labels: { ...commonLabels, ...stringRecord(alert.labels) },
      annotations: stringRecord(alert.annotations),
      status: asString(alert.status) ?? asString(payload.status),
    };
  });
}

/**
 * What every Alertmanager-shaped alert says alike: its key (the fingerprint, else `fallbackKey`),
 * firing or resolved, its rule (alertname), when it started, and its labels, annotations, source
 * link and end in additionalInfo. The plugin adds the rest (title, severity, resource, ...).
 */
export function alertmanagerEventFields(
  { alert, labels, annotations, status }: AlertmanagerAlert,
  now: Date,
  fallbackKey: () => string,
) {
  return {
    eventKey: asString(alert.fingerprint) ?? fallbackKey(),
    eventType: status === "resolved" ? ("RECOVERY" as const) : ("ALERT" as const),
    rule: labels.alertname ?? null,
    occurredAt: dateOf(alert.startsAt, now),
    additionalInfo: {
      labels,
      annotations,
      generatorURL: asString(alert.generatorURL) ?? null,
      endsAt: asString(alert.endsAt) ?? null,
    },
  };
}

/** Reads a dotted path ("a.b.0.c") or a simple JSON path ("$.a.b[0].c") from a value. */
export function readPath(value: unknown, path: string): unknown {
  let current = value;
  for (const segment of pathSegments(path)) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (isRecord(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

export function isValidPath(path: string): boolean {
  const bare = path.replace(/^\$\.?/, "");
  return bare === "" ? path === "$" : /^([^.[\]]+|\[\d+\])(\.[^.[\]]+|\[\d+\])*$/.test(bare);
}

function pathSegments(path: string): string[] {
  const bare = path.replace(/^\$\.?/, "");
  return bare
    ? bare
        .replace(/\[(\d+)\]/g, ".$1")
        .split(".")
        .filter(Boolean)
    : [];
}

export const pathOption = z
  .string()
  .min(1)
  .max(256)
  .refine(isValidPath, 'must be a dotted path ("a.b.0") or a JSON path ("$.a.b[0]")');
