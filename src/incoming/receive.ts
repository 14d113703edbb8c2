// Receiving a request on an incoming webhook's URL, from the checks on the URL to the stored events.
// The HTTP layer reads the body and writes the answer; everything in between is here.
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import type { SecretBox } from "../crypto/secret-box.js";
import { sameSecret } from "../crypto/same-secret.js";
import type { Logger } from "../common/logger.js";
import type { WebhookSender } from "../delivery/http-sender.js";
import { isUuid } from "../db/uuid.js";
import { MAX_JSON_DEPTH, nestsDeeperThan, parseJson } from "../common/validation.js";
import { USER_AGENT } from "../delivery/webhook-request.js";
import { storableJson, storableText } from "../db/storable-text.js";
import { storeIncomingEvents } from "./alerts.js";
import { parseIncomingColumns } from "./incoming-webhook-row.js";
import { ACCESS_KEY_PATTERN, incomingAccessKey } from "../webhooks/access-keys.js";
import { pluginMetricLabel, runningVersion } from "./plugins/index.js";
import type { PluginDirectory } from "./plugins/registered-plugins.js";
import { authenticateRequest, secretDataOf } from "./request-authentication.js";
import { ReplayGuard } from "./replays.js";
import { PayloadError, keyOf, type NormalizedEvent, type ParseContext } from "./plugins/plugin.js";
import type { ServiceMetrics } from "../metrics/metrics.js";
import { messageOf } from "../common/errors.js";
import { decodeContent, type DecodedBody } from "./content-decoding.js";

const SUBSCRIPTION_CONFIRM_TIMEOUT_MS = 10_000;

/**
 * What became of a request, for the HTTP layer to answer (server/incoming-answers.ts): the module
 * decides what happened, the HTTP layer which status and body say so. `eventIds` are the events stored.
 */
export type IncomingOutcome =
  /** An unknown webhook and a wrong key alike, so ids cannot be probed. */
  | { kind: "NOT_FOUND" }
  | { kind: "WEBHOOK_DISABLED" }
  /** Whatever part of the authentication failed (a missing header, a wrong token, a stale timestamp). */
  | { kind: "UNAUTHENTICATED" }
  /**
   * Not JSON, or nested too deep: stored as one ERROR event holding the text. Not text at all (a NUL
   * byte, invalid UTF-8) or a content-encoding that cannot be decoded: the event holds the bytes in base64.
   */
  | {
      kind: "UNREADABLE_BODY";
      code: "INVALID_JSON" | "JSON_TOO_DEEP" | "NOT_TEXT" | "UNDECODABLE_CONTENT";
      message: string;
      eventIds: string[];
    }
  /** Decoded (content-encoding), the body is larger than a body may be: nothing stored. */
  | { kind: "PAYLOAD_TOO_LARGE"; maxBytes: number }
  /** JSON the plugin cannot read: stored as one ERROR event holding it. */
  | { kind: "UNPARSABLE_PAYLOAD"; message: string; eventIds: string[] }
  /** More events than one request may hold: nothing stored. */
  | { kind: "TOO_MANY_EVENTS"; count: number }
  | { kind: "ACCEPTED"; eventIds: string[] };

/**
 * The body as JSON, or why it cannot be stored as JSON (it is then kept as text): not JSON at all, or
 * nested deeper than the database's jsonb parser, which recurses, can take (no monitoring system
 * nests this deep).
 */
function readJson(
  text: string,
): { payload: unknown } | { error: { code: "INVALID_JSON" | "JSON_TOO_DEEP"; message: string } } {
  let payload: unknown;
  try {
    payload = parseJson(text);
  } catch (error) {
    return { error: { code: "INVALID_JSON", message: `The body is not JSON: ${messageOf(error)}` } };
  }
  if (nestsDeeperThan(payload, MAX_JSON_DEPTH))
    return { error: { code: "JSON_TOO_DEEP", message: `The body nests JSON deeper than ${MAX_JSON_DEPTH} levels.` } };
  return { payload: storableJson(payload, text) };
}

/** Events one request may hold (each is its own row, alert lookup and outgoing event): beyond it, nothing is stored. */
export const MAX_EVENTS_PER_REQUEST = 1000;

export interface IncomingReceiverDependencies {
  /** The most a body may hold, as sent and once decoded (INCOMING_MAX_BODY_BYTES). */
  maxBodyBytes: number;
  prisma: PrismaClient;
  secretBox: SecretBox;
  sender: WebhookSender;
  plugins: PluginDirectory;
  log: Logger;
  metrics: ServiceMetrics;
}

/** What receiving a request reads of its webhook, on every request: the kind's columns and little else. */
const RECEIVING_COLUMNS = {
  id: true,
  tenantId: true,
  name: true,
  projectId: true,
  enabled: true,
  kind: true,
  accessKeyCiphertext: true,
  pluginId: true,
  pluginVersion: true,
  pluginUpgradeMode: true,
  pluginOptions: true,
  pluginMetadata: true,
  capability: true,
  authenticationType: true,
  authenticationSettings: true,
  authenticationSecretCiphertext: true,
  authenticationSecretHint: true,
} satisfies Prisma.WebhookSelect;

type ReceivingWebhookRow = ReturnType<
  typeof parseIncomingColumns<Prisma.WebhookGetPayload<{ select: typeof RECEIVING_COLUMNS }>>
>;

export class IncomingReceiver {
  private readonly replays: ReplayGuard;

  constructor(private readonly deps: IncomingReceiverDependencies) {
    this.replays = new ReplayGuard(deps.prisma);
  }

  /** The webhook the URL names, or why none: NOT_FOUND for an unknown id or a wrong key, WEBHOOK_DISABLED. */
  async authorize(
    webhookId: string,
    accessKey: string,
  ): Promise<
    { webhook: ReceivingWebhookRow } | { refused: Extract<IncomingOutcome, { kind: "NOT_FOUND" | "WEBHOOK_DISABLED" }> }
  > {
    if (!isUuid(webhookId) || !ACCESS_KEY_PATTERN.test(accessKey)) return { refused: { kind: "NOT_FOUND" } };
    const row = await this.deps.prisma.webhook.findFirst({
      where: { id: webhookId, kind: "INCOMING" },
      select: RECEIVING_COLUMNS,
    });
    const webhook = row && parseIncomingColumns(row);
    // The same work whether or not the webhook exists.
    if (!sameSecret(accessKey, webhook ? incomingAccessKey(webhook, this.deps.secretBox) : "") || !webhook)
      return { refused: { kind: "NOT_FOUND" } };
    if (!webhook.enabled) return { refused: { kind: "WEBHOOK_DISABLED" } };
    return { webhook };
  }

  /** Counts a request refused without storing it (a body over the size limit, too many events). */
  async countRejected(webhook: ReceivingWebhookRow): Promise<void> {
    await this.deps.prisma.$executeRaw`
      UPDATE webhooks SET requests_total = requests_total + 1, requests_error = requests_error + 1, last_received_at = now() WHERE id = ${webhook.id}::uuid`;
  }

  /**
   * Checks the request's authentication, then parses and stores the body. A request that fails the
   * authentication, or replays a signed one, is counted as an error and stores nothing. Whatever else
   * arrives is stored: a body that is not JSON or nests too deep, or that the plugin cannot read,
   * becomes one ERROR event holding it.
   */
  async receive(webhook: ReceivingWebhookRow, body: Buffer, headers: Record<string, string>): Promise<IncomingOutcome> {
    const authentication = authenticateRequest(webhook, this.deps.secretBox, headers, body);
    const replayed =
      authentication.authentic &&
      authentication.singleUse !== null &&
      !(await this.replays.firstUse(webhook.id, authentication.singleUse));
    if (!authentication.authentic || replayed) {
      await this.countRejected(webhook);
      // Which header was missing or wrong is not logged: it would be a hint to whoever is guessing.
      this.deps.log.warn(
        { webhookId: webhook.id, authentication: webhook.authenticationType },
        replayed ? "incoming request replayed a signed request" : "incoming request failed authentication",
      );
      return { kind: "UNAUTHENTICATED" };
    }
    const decoded = decodeContent(body, headers["content-encoding"], this.deps.maxBodyBytes);
    if (decoded.kind === "TOO_LARGE") {
      await this.countRejected(webhook);
      return { kind: "PAYLOAD_TOO_LARGE", maxBytes: this.deps.maxBodyBytes };
    }
    if (decoded.kind !== "TEXT") return this.storeBytes(webhook, body, headers, decoded);
    // TextDecoder has taken off a byte order mark.
    const { text } = decoded;
    const read = readJson(text);
    if ("error" in read) {
      const stored = await this.storeError(webhook, read.error.message, {
        body: storableText(text),
        contentType: headers["content-type"] ?? null,
      });
      return { kind: "UNREADABLE_BODY", ...read.error, eventIds: stored };
    }
    const { payload } = read;

    let events: NormalizedEvent[];
    try {
      const plugin = await this.deps.plugins.find(webhook.tenantId, webhook.pluginId);
      events = await runningVersion(plugin, webhook).parse(
        webhook.pluginOptions,
        secretDataOf(webhook, this.deps.secretBox),
        payload,
        headers,
        this.parseContext(webhook),
      );
    } catch (error) {
      // What the tenant reads in the ERROR event, and what the sender is told.
      const [reason, told] =
        error instanceof PayloadError
          ? [error.message, error.senderMessage]
          : [`it failed unexpectedly (${messageOf(error)})`, "the plugin failed unexpectedly"];
      if (!(error instanceof PayloadError))
        this.deps.log.error({ err: error, webhookId: webhook.id }, "incoming webhook plugin failed");
      const stored = await this.storeError(
        webhook,
        `The ${webhook.pluginId} plugin could not read the request: ${reason}`,
        payload,
      );
      return { kind: "UNPARSABLE_PAYLOAD", message: told, eventIds: stored };
    }
    if (events.length > MAX_EVENTS_PER_REQUEST) {
      await this.countRejected(webhook);
      return { kind: "TOO_MANY_EVENTS", count: events.length };
    }
    const stored = await this.store(webhook, events, payload);
    return { kind: "ACCEPTED", eventIds: stored };
  }

  /** Stores the events (see storeIncomingEvents) and counts them, and the alerts they open, by plugin. */
  private async store(
    webhook: ReceivingWebhookRow,
    events: NormalizedEvent[],
    rawData: unknown,
    failedRequest = false,
  ): Promise<string[]> {
    const plugin = pluginMetricLabel(webhook.pluginId);
    const stored = await storeIncomingEvents(this.deps.prisma, webhook, events, rawData, {
      failedRequest,
      onAlertsOpened: (count) => this.deps.metrics.alertsOpened.inc({ plugin }, count),
    });
    this.deps.metrics.incomingEvents.inc({ plugin }, stored.length);
    return stored.map((event) => event.id);
  }

  /** A body that is not text, or whose encoding failed to decode: one ERROR event with the bytes as sent, in base64. */
  private async storeBytes(
    webhook: ReceivingWebhookRow,
    body: Buffer,
    headers: Record<string, string>,
    decoded: Extract<DecodedBody, { kind: "NOT_TEXT" | "UNDECODABLE" }>,
  ): Promise<IncomingOutcome> {
    const stored = await this.storeError(webhook, decoded.message, {
      bodyBase64: body.toString("base64"),
      contentType: headers["content-type"] ?? null,
      contentEncoding: headers["content-encoding"] ?? null,
    });
    const code = decoded.kind === "NOT_TEXT" ? "NOT_TEXT" : "UNDECODABLE_CONTENT";
    return { kind: "UNREADABLE_BODY", code, message: decoded.message, eventIds: stored };
  }

  private async storeError(webhook: ReceivingWebhookRow, description: string, rawData: unknown): Promise<string[]> {
    const event: NormalizedEvent = {
      eventKey: keyOf("unreadable-request", webhook.id),
      eventType: "ERROR",
      severity: "CRITICAL",
      title: `Webhook "${webhook.name}" received a request it could not read`,
      description,
      provider: webhook.pluginId,
      occurredAt: new Date(),
    };
    return this.store(webhook, [event], rawData, true);
  }

  private parseContext(webhook: ReceivingWebhookRow): ParseContext {
    return {
      confirmSubscription: async (url) => {
        const outcome = await this.deps.sender.send({
          method: "GET",
          url,
          headers: { "user-agent": USER_AGENT },
          timeoutMs: SUBSCRIPTION_CONFIRM_TIMEOUT_MS,
        });
        if (!outcome.succeeded)
          throw new PayloadError(`confirming the SNS subscription failed: ${outcome.failureMessage ?? "no answer"}`);
        this.deps.log.info({ webhookId: webhook.id, url: new URL(url).origin }, "confirmed SNS subscription");
      },
    };
  }
}
