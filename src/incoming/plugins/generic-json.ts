// Any JSON sender: options map paths in the body to the normalized fields. With no options, a flat
// {title, description, severity, eventKey} body works as is.
import { z } from "zod";
import type { IncomingEventType, Severity } from "../../generated/prisma/client.js";
import {
  PayloadError,
  PluginOptionsError,
  asString,
  commonMetadata,
  commonOptions,
  dateOf,
  isRecord,
  keyOf,
  pathOption,
  pluginVersion,
  readPath,
  severityOf,
  type NormalizedEvent,
  type Plugin,
} from "./plugin.js";

const FIELDS = [
  "eventKey",
  "eventType",
  "severity",
  "title",
  "description",
  "rule",
  "resource",
  "provider",
  "account",
  "imageUrl",
  "occurredAt",
] as const;
type Field = (typeof FIELDS)[number];

const DEFAULT_PATHS: Record<Field, string> = {
  eventKey: "eventKey",
  eventType: "eventType",
  severity: "severity",
  title: "title",
  description: "description",
  rule: "rule",
  resource: "resource",
  provider: "provider",
  account: "account",
  imageUrl: "imageUrl",
  occurredAt: "occurredAt",
};

const optionsSchema = z
  .object({
    ...commonOptions,
    eventsPath: pathOption
      .optional()
      .describe(
        "Path to an array: one event per item, the other paths read inside each item. Default: the body is one event.",
      ),
    paths: z
      .object(
        // Object.fromEntries types its keys as strings; they are FIELDS.
        Object.fromEntries(FIELDS.map((field) => [field, pathOption.optional()])) as Record<
          Field,
          z.ZodOptional<typeof pathOption>
        >,
      )
      .strict()
      .optional()
      .describe(
        `Where each field is, as a dotted or JSON path. Defaults: the field's own name (${FIELDS.join(", ")}).`,
      ),
    defaultSeverity: z
      .enum(["CRITICAL", "ERROR", "WARNING", "INFO", "NOT_AVAILABLE", "NONE"])
      .optional()
      .describe("When the body has no severity (default INFO)."),
  })
  .strict();

type GenericOptions = z.infer<typeof optionsSchema>;

const RECOVERY_WORDS = new Set(["recovery", "resolved", "ok", "recovered", "closed", "normal"]);

function eventTypeOf(value: unknown): IncomingEventType {
  const word = asString(value)?.toLowerCase();
  if (word === "error") return "ERROR";
  return word && RECOVERY_WORDS.has(word) ? "RECOVERY" : "ALERT";
}

function toEvent(
  item: unknown,
  paths: Record<Field, string>,
  defaultSeverity: Severity,
  where: string,
): NormalizedEvent {
  const read = (field: Field) => readPath(item, paths[field]);
  const title = asString(read("title"));
  if (!title) throw new PayloadError(`${where}: no title at "${paths.title}"`);
  const resource = read("resource");
  return {
    eventKey: asString(read("eventKey")) ?? keyOf(title, resource ?? null),
    eventType: eventTypeOf(read("eventType")),
    severity: severityOf(read("severity"), defaultSeverity),
    title,
    description: asString(read("description")) ?? null,
    rule: asString(read("rule")) ?? null,
    resource: isRecord(resource) ? resource : asString(resource) ? { name: asString(resource) } : null,
    provider: asString(read("provider")) ?? null,
    account: asString(read("account")) ?? null,
    imageUrl: asString(read("imageUrl")) ?? null,
    occurredAt: dateOf(read("occurredAt"), new Date()),
    additionalInfo: {},
  };
}

function parseGeneric(options: GenericOptions, body: unknown): NormalizedEvent[] {
  const paths = { ...DEFAULT_PATHS, ...options.paths };
  const defaultSeverity = options.defaultSeverity ?? "INFO";
  if (!options.eventsPath) {
    if (!isRecord(body)) throw new PayloadError("expected a JSON object");
    return [toEvent(body, paths, defaultSeverity, "body")];
  }
  const items = readPath(body, options.eventsPath);
  if (!Array.isArray(items)) throw new PayloadError(`no array at eventsPath "${options.eventsPath}"`);
  return items.map((item, index) => toEvent(item, paths, defaultSeverity, `${options.eventsPath}[${index}]`));
}

export const genericJson: Plugin = {
  id: "generic-json",
  source: "BUILT_IN",
  name: "Generic JSON",
  description: "Any JSON body; options say where the title, severity, key and other fields are.",
  versions: [
    pluginVersion({
      version: "1.0.0",
      optionsSchema,
      capability: { monitoringType: "EVENT", payload: "any JSON object (paths configurable)" },
      init: (options) => ({ ...commonMetadata(options), paths: { ...DEFAULT_PATHS, ...options.paths } }),
      verify: (options) => {
        // The title must be a string inside each event, never the event itself.
        if (options.paths?.title === "$")
          throw new PluginOptionsError('paths.title "$" names the whole event; point it at a string field');
      },
      parse: parseGeneric,
    }),
  ],
};
