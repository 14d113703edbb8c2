// The catalogue as an AsyncAPI 3.0 document, and back. Each event type is a message (its key the
// type's name), sent on a channel of its own by one "send" operation: the service sends, receivers
// subscribe with a webhook. A message's payload is the Standard Webhooks body, whose `data` is the
// type's schema; its headers are the Standard Webhooks headers.
import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client.js";
import { ValidationError, type FieldIssue } from "../common/errors.js";
import { jsonObjectSchema, parseInput } from "../common/validation.js";
import { eventTypeSchema, payloadSchema } from "./events.js";
import type { JsonSchema } from "./event-type-schemas.js";
import {
  MAX_EXAMPLES,
  MAX_IMPORTED_TYPES,
  descriptionField,
  groupField,
  schemaField,
  examplesOf,
  importEventTypes,
  listCatalogue,
  schemaAndExampleIssues,
  schemaOf,
  type EventTypeContent,
} from "./event-types.js";

export const ASYNCAPI_VERSION = "3.0.0";

/** Where the document is served over plain HTTP (GET, with the API key as for GraphQL). */
export const CATALOG_ASYNCAPI_PATH = "/catalog/asyncapi.json";

const HEADERS_SCHEMA = "StandardWebhooksHeaders";

const standardWebhooksHeaders = {
  type: "object",
  description: "The Standard Webhooks headers (https://www.standardwebhooks.com), sent with every delivery.",
  required: ["webhook-id", "webhook-timestamp", "webhook-signature"],
  properties: {
    "webhook-id": {
      type: "string",
      description: "The message's id (msg_...): the same on every attempt, so receivers can drop repeats.",
    },
    "webhook-timestamp": {
      type: "string",
      pattern: "^[0-9]+$",
      description: "When the attempt was signed, in seconds since 1970; reject ones far from now.",
    },
    "webhook-signature": {
      type: "string",
      description:
        'Space-separated "v1,<base64>" signatures: HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>" with each active secret.',
    },
  },
};

/** The Standard Webhooks body around a payload of `data`'s schema. */
const envelope = (name: string, data: JsonSchema): JsonSchema => ({
  type: "object",
  required: ["id", "type", "timestamp", "data"],
  properties: {
    id: { type: "string", description: "The message's id, as in webhook-id." },
    type: { type: "string", const: name },
    timestamp: { type: "string", format: "date-time", description: "When the event occurred." },
    data,
  },
});

/** The tenant's catalogue as an AsyncAPI 3.0 document. */
export async function catalogueAsAsyncApi(prisma: PrismaClient, tenantId: string): Promise<JsonSchema> {
  const types = await listCatalogue(prisma, tenantId);
  const channels: JsonSchema = {};
  const operations: JsonSchema = {};
  const messages: JsonSchema = {};
  for (const type of types) {
    const [latest] = type.versions;
    if (!latest) continue;
    const examples = examplesOf(latest);
    messages[type.name] = {
      name: type.name,
      title: type.name,
      ...(type.description ? { summary: type.description } : {}),
      contentType: "application/json",
      headers: { $ref: `#/components/schemas/${HEADERS_SCHEMA}` },
      payload: envelope(type.name, schemaOf(latest)),
      ...(examples.length > 0
        ? {
            examples: examples.map((data) => ({
              payload: { id: "msg_example", type: type.name, timestamp: "2026-01-01T00:00:00Z", data },
            })),
          }
        : {}),
      ...(type.group ? { tags: [{ name: type.group }] } : {}),
      "x-version": latest.version,
      ...(type.deprecatedAt
        ? {
            "x-deprecated": true,
            ...(type.deprecationReason ? { "x-deprecation-reason": type.deprecationReason } : {}),
          }
        : {}),
    };
    channels[type.name] = {
      description: `Events of type ${type.name}, POSTed to each webhook subscribed to it.`,
      messages: { [type.name]: { $ref: `#/components/messages/${type.name}` } },
    };
    operations[type.name] = {
      action: "send",
      channel: { $ref: `#/channels/${type.name}` },
      messages: [{ $ref: `#/channels/${type.name}/messages/${type.name}` }],
      ...(type.description ? { summary: type.description } : {}),
    };
  }
  const lastChange = types.reduce((last, type) => Math.max(last, type.updatedAt.getTime()), 0);
  return {
    asyncapi: ASYNCAPI_VERSION,
    info: {
      title: "Event catalogue",
      version: lastChange > 0 ? new Date(lastChange).toISOString() : "empty",
      description: "The events delivered to webhooks, each signed as Standard Webhooks describe.",
    },
    defaultContentType: "application/json",
    channels,
    operations,
    components: { messages, schemas: { [HEADERS_SCHEMA]: standardWebhooksHeaders } },
  };
}

// The catalogue's own rules on each field; a payload and its examples are bounded as a schema and
// as event payloads are (size, nesting) before they are taken apart.
const importedMessage = z.object({
  summary: descriptionField.optional(),
  description: descriptionField.optional(),
  tags: z.array(z.object({ name: groupField })).optional(),
  payload: schemaField,
  examples: z
    .array(z.object({ payload: payloadSchema }))
    .max(MAX_EXAMPLES, `must hold at most ${MAX_EXAMPLES} examples`)
    .optional(),
});

const importedDocument = z.object({
  asyncapi: z.string().regex(/^3\.\d+\.\d+$/, "must be an AsyncAPI 3 version (3.x.y)"),
  components: z.object({
    messages: z
      .record(eventTypeSchema, importedMessage)
      .refine((messages) => Object.keys(messages).length <= MAX_IMPORTED_TYPES, {
        message: `must hold at most ${MAX_IMPORTED_TYPES} messages`,
      }),
  }),
});

/** A payload written as the Standard Webhooks body (as exported): its `data` is the type's schema. */
const envelopeShape = z.object({ properties: z.object({ type: z.unknown(), data: jsonObjectSchema }) });

/**
 * Reads an AsyncAPI 3 document's `components.messages` (each key an event type's name) into the
 * catalogue, all or nothing: any problem is a ValidationError naming every one, and nothing is
 * written. Types already in the catalogue are changed (a new version where the schema differs).
 */
export async function importAsyncApi(
  prisma: PrismaClient,
  tenantId: string,
  document: unknown,
): Promise<{ created: string[]; updated: string[]; unchanged: string[] }> {
  const path = ["input", "document"];
  const parsed = parseInput(importedDocument, document, path);
  const messagesPath = [...path, "components", "messages"];
  const issues: FieldIssue[] = [];
  const types = Object.entries(parsed.components.messages).map(([name, message]): EventTypeContent => {
    const envelope = envelopeShape.safeParse(message.payload);
    const wrapped = envelope.success;
    const schema = envelope.success ? envelope.data.properties.data : message.payload;
    const dataPath = wrapped ? ["data"] : [];
    const examples = (message.examples ?? []).map(({ payload }, index) => {
      const data = wrapped ? jsonObjectSchema.safeParse(payload["data"]) : null;
      if (data && !data.success)
        issues.push({
          path: [...messagesPath, name, "examples", String(index), "payload", "data"],
          message: "must be an object",
        });
      return data?.success ? data.data : payload;
    });
    issues.push(
      ...schemaAndExampleIssues(
        schema,
        examples,
        [...messagesPath, name, "payload", ...(wrapped ? ["properties", "data"] : [])],
        (index) => [...messagesPath, name, "examples", String(index), "payload", ...dataPath],
      ),
    );
    return {
      name,
      description: message.summary ?? message.description ?? null,
      group: message.tags?.[0]?.name ?? null,
      schema,
      examples,
    };
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return importEventTypes(prisma, tenantId, types);
}
