// Destination types: what an outgoing webhook's receiver understands, its settings, and a preview of
// what it would be sent.
import { builder } from "./builder.js";
import {
  DATADOG_SITES,
  MAX_EXPRESSION_LENGTH,
  WebhookDestinationType,
  type StoredDestination,
} from "../outgoing/destination-settings.js";
import { type WebhookPayloadPreview } from "../delivery/deliveries.js";
import { localId } from "./global-id.js";

export const WebhookDestinationTypeEnum = builder.enumType("WebhookDestinationType", {
  description:
    "What the receiver understands. Every type also carries the Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature).",
  values: {
    STANDARD: { description: "Standard Webhooks JSON: { id, type, timestamp, data }." },
    SLACK: { description: "A Slack incoming webhook URL: text and Block Kit blocks." },
    DISCORD: { description: "A Discord webhook URL: content and an embed; mentions never ping." },
    MICROSOFT_TEAMS: { description: "A Teams Workflows webhook URL: a message with an Adaptive Card." },
    GOOGLE_CHAT: { description: "A Google Chat space webhook URL: text and a cardsV2 card." },
    FEISHU: { description: "A Feishu (Lark) custom bot URL: a post message; signed when signingSecret is set." },
    PAGERDUTY: { description: "PagerDuty Events API v2 (routingKey): alerts trigger and resolve one incident." },
    OPSGENIE: { description: "Opsgenie's Alert API (apiKey, region): alerts are created and closed by alias." },
    DATADOG: { description: "Datadog's events API (apiKey, site)." },
    SPLUNK: { description: "A Splunk HTTP Event Collector URL (token, index, source, sourceType)." },
    CUSTOM: { description: "The body a JSONata expression makes of { event, webhook } (expression, contentType)." },
    RABBITMQ: {
      description:
        "Published to a RabbitMQ exchange (url amqp:// or amqps://; exchange, routingKeyTemplate, persistent, password); delivered when RabbitMQ confirms it.",
    },
    NATS_JETSTREAM: {
      description:
        "Published to NATS JetStream (url nats:// or tls://; subjectTemplate, password); delivered when a stream acknowledges it. Nats-Msg-Id is the delivery's id.",
    },
    REDIS_STREAM: {
      description:
        "Added to a Redis stream with XADD (url redis:// or rediss://; streamKeyTemplate, maxLength, password); delivered when Redis answers the entry's id.",
    },
    MQTT: {
      description:
        "Published over MQTT 5 at QoS 1 (url mqtt://, mqtts://, ws:// or wss://; topicTemplate, clientId, password); delivered on a successful PUBACK.",
    },
  } satisfies Record<WebhookDestinationType, unknown>,
});

const OpsgenieRegionEnum = builder.enumType("OpsgenieRegion", {
  description: "Which Opsgenie instance an account lives on.",
  values: { US: { description: "api.opsgenie.com" }, EU: { description: "api.eu.opsgenie.com" } },
});

export const WebhookDestinationSettingsInput = builder.inputType("WebhookDestinationSettingsInput", {
  description:
    "A destination type's settings; each type takes only its own (see docs/outgoing.md). Secrets (routingKey, apiKey, token, signingSecret, password) are stored encrypted and never shown again. A broker type's templates take {type}, the event's type.",
  fields: (t) => ({
    routingKey: t.string({
      description: "PAGERDUTY: the 32-character integration key of an Events API v2 integration.",
    }),
    apiKey: t.string({
      description: "OPSGENIE: an API integration's key (a UUID). DATADOG: an API key (32 hexadecimal characters).",
    }),
    token: t.string({ description: "SPLUNK: the HTTP Event Collector token (a GUID)." }),
    signingSecret: t.string({ description: "FEISHU: the bot's signature verification secret (optional)." }),
    region: t.field({ type: OpsgenieRegionEnum, description: "OPSGENIE: the account's region (default US)." }),
    site: t.string({ description: `DATADOG: the site (default datadoghq.com; ${DATADOG_SITES.join(", ")}).` }),
    index: t.string({ description: "SPLUNK: the index (default: the token's)." }),
    source: t.string({ description: "SPLUNK: the events' source (default hookrelay)." }),
    sourceType: t.string({ description: "SPLUNK: the events' sourcetype (default _json)." }),
    expression: t.string({
      description: `CUSTOM: a JSONata expression over { event, webhook } producing the body, an object (at most ${MAX_EXPRESSION_LENGTH} characters).`,
    }),
    contentType: t.string({ description: "CUSTOM: the body's content type (default application/json)." }),
    password: t.string({
      description:
        "RABBITMQ, NATS_JETSTREAM, REDIS_STREAM, MQTT: the password of the URL's user (optional). NATS without a user: the server's token.",
    }),
    exchange: t.string({
      description: 'RABBITMQ: the exchange (default "", the default exchange: routing key = queue).',
    }),
    routingKeyTemplate: t.string({ description: "RABBITMQ: the routing key (default {type})." }),
    persistent: t.boolean({
      description: "RABBITMQ: persistent messages, which survive a broker restart (default true).",
    }),
    subjectTemplate: t.string({
      description: "NATS_JETSTREAM: the subject, which a stream must take (default {type}).",
    }),
    streamKeyTemplate: t.string({ description: "REDIS_STREAM: the stream's key (default {type})." }),
    maxLength: t.int({
      description: "REDIS_STREAM: trims the stream to about this many entries (MAXLEN ~); default: no cap.",
    }),
    topicTemplate: t.string({ description: "MQTT: the topic (default {type})." }),
    clientId: t.string({
      description:
        "MQTT: the client id's prefix (default hookrelay); each connection adds a random part, so that workers do not take each other's sessions.",
    }),
  }),
});

export const WebhookDestinationSettingsRef = builder
  .objectRef<StoredDestination>("WebhookDestinationSettings")
  .implement({
    description:
      "A destination type's settings as stored. The secret one is never shown: secretHint has its last 4 characters.",
    fields: (t) => {
      const valueOf = (destination: StoredDestination, name: string): unknown => {
        const settings: Record<string, unknown> = destination.settings;
        return settings[name];
      };
      const setting = (name: string) => (destination: StoredDestination) => {
        const value = valueOf(destination, name);
        return typeof value === "string" ? value : null;
      };
      return {
        secretHint: t.string({
          nullable: true,
          description:
            "The last 4 characters of the type's secret (routing key, API key, token, signing secret, password); null when it has none.",
          resolve: (destination) => destination.secretHint,
        }),
        region: t.string({ nullable: true, description: "OPSGENIE: US or EU.", resolve: setting("region") }),
        site: t.string({ nullable: true, description: "DATADOG: the site.", resolve: setting("site") }),
        index: t.string({ nullable: true, description: "SPLUNK: the index.", resolve: setting("index") }),
        source: t.string({ nullable: true, description: "SPLUNK: the source.", resolve: setting("source") }),
        sourceType: t.string({
          nullable: true,
          description: "SPLUNK: the sourcetype.",
          resolve: setting("sourceType"),
        }),
        expression: t.string({
          nullable: true,
          description: "CUSTOM: the JSONata expression.",
          resolve: setting("expression"),
        }),
        contentType: t.string({
          nullable: true,
          description: "CUSTOM: the body's content type.",
          resolve: setting("contentType"),
        }),
        exchange: t.string({ nullable: true, description: "RABBITMQ: the exchange.", resolve: setting("exchange") }),
        routingKeyTemplate: t.string({
          nullable: true,
          description: "RABBITMQ: the routing key's template.",
          resolve: setting("routingKeyTemplate"),
        }),
        persistent: t.boolean({
          nullable: true,
          description: "RABBITMQ: whether messages are persistent.",
          resolve: (destination) => {
            const value = valueOf(destination, "persistent");
            return typeof value === "boolean" ? value : null;
          },
        }),
        subjectTemplate: t.string({
          nullable: true,
          description: "NATS_JETSTREAM: the subject's template.",
          resolve: setting("subjectTemplate"),
        }),
        streamKeyTemplate: t.string({
          nullable: true,
          description: "REDIS_STREAM: the stream key's template.",
          resolve: setting("streamKeyTemplate"),
        }),
        maxLength: t.int({
          nullable: true,
          description: "REDIS_STREAM: the stream's approximate cap; null for none.",
          resolve: (destination) => {
            const value = valueOf(destination, "maxLength");
            return typeof value === "number" ? value : null;
          },
        }),
        topicTemplate: t.string({
          nullable: true,
          description: "MQTT: the topic's template.",
          resolve: setting("topicTemplate"),
        }),
        clientId: t.string({
          nullable: true,
          description: "MQTT: the client id's prefix.",
          resolve: setting("clientId"),
        }),
      };
    },
  });

const PreviewHeaderRef = builder.objectRef<{ name: string; value: string }>("PreviewHeader").implement({
  description: "One header line of a previewed request.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Lowercase header name." }),
    value: t.exposeString("value", {
      description: "Its value; the type's secret appears as ****<hint>, the signature as a placeholder.",
    }),
  }),
});

builder.queryField("previewWebhookPayload", (t) =>
  t.field({
    type: builder.objectRef<WebhookPayloadPreview>("WebhookPayloadPreview").implement({
      description:
        "The request a webhook would be sent for an event, rendered for its destination type; nothing is sent or stored.",
      fields: (f) => ({
        url: f.exposeString("url", {
          description: "Where it would be POSTed, or the broker it would be published to.",
        }),
        target: f.exposeString("target", {
          nullable: true,
          description:
            "Broker types: the routing key, subject, stream key or topic it would be published to (the template filled in); null for HTTP types.",
        }),
        headers: f.field({
          type: [PreviewHeaderRef],
          description: "Every header, the webhook's own included.",
          resolve: (preview) => preview.headers,
        }),
        body: f.exposeString("body", { description: "The body as it would be sent." }),
      }),
    }),
    description:
      "Shows what the webhook would be sent for an event of eventType with payload, without sending it (a CUSTOM expression that fails answers ValidationError). Needs webhooks:edit: the webhook's header values are shown.",
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, description: "The outgoing webhook." }),
      eventType: t.arg.string({
        defaultValue: "webhook.test",
        description: "The event's type (default webhook.test: the test message).",
      }),
      payload: t.arg({
        type: "JSONObject",
        description:
          "The event's payload (default: the event type's first example in the catalogue, else a short message).",
      }),
      example: t.arg.int({
        description:
          "Show this example (from 0) of the event type's latest version in the catalogue instead of a payload.",
      }),
    },
    resolve: (_root, args, context) =>
      context.stores.delivery.previewWebhookPayload(context.owner, localId(args.id, ["id"], "outgoingWebhook"), {
        eventType: args.eventType,
        payload: args.payload,
        example: args.example,
      }),
  }),
);
