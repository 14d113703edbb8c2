// The plugin protocol: a registered plugin is a service of the tenant's own that the service calls
// over HTTP, as SpaceONE's monitoring plugins are. Three calls, each a JSON POST signed like a webhook
// (Standard Webhooks, with the plugin's secret) and sent through the destination guard with a timeout:
//   POST {url}/init    { version, options, secretData }           -> { metadata }
//   POST {url}/verify  { version, options, secretData }           -> {}
//   POST {url}/parse   { version, options, secretData, data, headers } -> { events: [...] }
// A non-2xx answer (ideally { error: { message } }) refuses the options (init, verify) or makes the
// request an ERROR event (parse), as does an answer that is not the documented shape.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { RegisteredPlugin } from "../../generated/prisma/client.js";
import type { SecretBox } from "../../crypto/secret-box.js";
import type { WebhookSender } from "../../delivery/http-sender.js";
import { signatureHeader } from "../../signing/signing.js";
import { USER_AGENT } from "../../delivery/webhook-request.js";
import { ValidationError } from "../../common/errors.js";
import { parseInput, parseJson, jsonObjectSchema } from "../../common/validation.js";
import {
  PayloadError,
  PluginOptionsError,
  type NormalizedEvent,
  type Plugin,
  type PluginMetadata,
  type PluginVersion,
  type SecretData,
} from "./plugin.js";

/** Answers are read up to this size (a parse answer holds up to 1,000 events). */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

/** Headers never passed on to a plugin: credentials of the sender. */
const WITHHELD_HEADERS = new Set(["authorization", "proxy-authorization", "cookie"]);

/** What calls a registered plugin: the same sender (and so the same destination rules) as deliveries. */
export interface PluginCaller {
  sender: WebhookSender;
  secretBox: SecretBox;
}

export type RegisteredPluginRow = Pick<
  RegisteredPlugin,
  "pluginId" | "name" | "description" | "url" | "versions" | "authenticationTypes" | "secretCiphertext" | "timeoutMs"
>;

const optional = (max: number) => z.string().max(max).nullish();

/** One event as a plugin answers it: the shape the built-in plugins return, times as ISO 8601. */
const answeredEvent = z.object({
  eventKey: z.string().min(1).max(512),
  eventType: z.enum(["ALERT", "RECOVERY", "ERROR"]),
  severity: z.enum(["CRITICAL", "ERROR", "WARNING", "INFO", "NOT_AVAILABLE", "NONE"]),
  title: z.string().min(1).max(2048),
  description: optional(65_536),
  rule: optional(1024),
  resource: jsonObjectSchema.nullish(),
  provider: optional(256),
  account: optional(256),
  imageUrl: optional(2048),
  occurredAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  additionalInfo: jsonObjectSchema.optional(),
});

const initAnswer = z.object({ metadata: jsonObjectSchema.default({}) });
const parseAnswer = z.object({ events: z.array(answeredEvent) });

/** Why the answer is not the documented shape, as "events.0.severity: ..." lines. */
function readAnswer<Schema extends z.ZodType>(
  schema: Schema,
  answer: unknown,
): { value: z.output<Schema> } | { problem: string } {
  try {
    return { value: parseInput(schema, answer, []) };
  } catch (error) {
    if (error instanceof ValidationError) return { problem: error.message };
    throw error;
  }
}

/** What a plugin answers when it fails (the protocol's error object). */
const pluginFailure = z.object({ error: z.object({ message: z.unknown() }) });

/** The message a failed call gives: what the plugin said, or why no answer came. */
function failureOf(status: number | null, body: string | null, failureMessage: string | null): string {
  let said: unknown;
  try {
    said = body ? pluginFailure.safeParse(parseJson(body)).data?.error.message : undefined;
  } catch {
    said = undefined;
  }
  if (status === null) return failureMessage ?? "no answer";
  return typeof said === "string" && said
    ? `it answered ${status}: ${said.slice(0, 1000)}`
    : (failureMessage ?? `it answered ${status}`);
}

/** Why a call failed: its kind (what the sender may be told) and the detail (for the tenant). */
interface CallFailure {
  kind: string;
  detail: string;
}

async function call(
  plugin: RegisteredPluginRow,
  caller: PluginCaller,
  operation: "init" | "verify" | "parse",
  payload: Record<string, unknown>,
): Promise<{ answer: unknown } | { failure: CallFailure }> {
  const body = JSON.stringify(payload);
  const messageId = `msg_${randomUUID()}`;
  const timestamp = Math.floor(Date.now() / 1000);
  const outcome = await caller.sender.send({
    url: `${plugin.url.replace(/\/+$/, "")}/${operation}`,
    headers: {
      "content-type": "application/json",
      "user-agent": USER_AGENT,
      "webhook-id": messageId,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": signatureHeader(
        [caller.secretBox.decrypt(plugin.secretCiphertext)],
        messageId,
        timestamp,
        body,
      ),
    },
    body,
    timeoutMs: plugin.timeoutMs,
    maxResponseBytes: MAX_ANSWER_BYTES + 1,
  });
  if (!outcome.succeeded)
    return {
      failure: {
        kind: outcome.failureTrigger ?? "UNEXPECTED_STATUS",
        detail: failureOf(outcome.responseStatus, outcome.responseBody, outcome.failureMessage),
      },
    };
  const text = outcome.responseBody ?? "";
  if (Buffer.byteLength(text) > MAX_ANSWER_BYTES)
    return { failure: { kind: "INVALID_ANSWER", detail: `its answer is larger than ${MAX_ANSWER_BYTES} bytes` } };
  try {
    return { answer: text ? parseJson(text) : {} };
  } catch {
    return { failure: { kind: "INVALID_ANSWER", detail: "its answer is not JSON" } };
  }
}

function externalVersion(plugin: RegisteredPluginRow, caller: PluginCaller, version: string): PluginVersion {
  const named = (message: string) => `the ${plugin.pluginId} plugin (${plugin.url}) ${message}`;
  const configure = async (operation: "init" | "verify", options: unknown, secretData: SecretData) => {
    const result = await call(plugin, caller, operation, { version, options, secretData });
    if ("failure" in result)
      throw new PluginOptionsError(named(`refused or failed ${operation}: ${result.failure.detail}`));
    return result.answer;
  };
  return {
    version,
    // Any object: the plugin's own verify says what it accepts.
    optionsSchema: jsonObjectSchema,
    capability: { monitoringType: "EVENT", payload: `registered plugin ${plugin.name}` },
    authentication: plugin.authenticationTypes,
    async init(options, secretData): Promise<PluginMetadata> {
      const read = readAnswer(initAnswer, await configure("init", options, secretData));
      if ("problem" in read)
        throw new PluginOptionsError(named(`answered init with something other than { metadata }: ${read.problem}`));
      return read.value.metadata;
    },
    async verify(options, secretData) {
      await configure("verify", options, secretData);
    },
    async parse(options, secretData, data, headers): Promise<NormalizedEvent[]> {
      const passed = Object.fromEntries(Object.entries(headers).filter(([name]) => !WITHHELD_HEADERS.has(name)));
      const result = await call(plugin, caller, "parse", { version, options, secretData, data, headers: passed });
      // The sender learns which plugin failed and how, never where the tenant's service is.
      const told = (kind: string) => `the ${plugin.pluginId} plugin failed (${kind})`;
      if ("failure" in result)
        throw new PayloadError(named(`failed: ${result.failure.detail}`), told(result.failure.kind));
      const read = readAnswer(parseAnswer, result.answer);
      if ("problem" in read)
        throw new PayloadError(
          named(`answered with events that are not valid: ${read.problem}`),
          told("INVALID_ANSWER"),
        );
      return read.value.events;
    },
  };
}

/** A registered plugin as the receiver and the API use every plugin. */
export function externalPlugin(plugin: RegisteredPluginRow, caller: PluginCaller): Plugin {
  return {
    id: plugin.pluginId,
    name: plugin.name,
    description: plugin.description,
    source: "REGISTERED",
    versions: plugin.versions.map((version) => externalVersion(plugin, caller, version)),
  };
}
