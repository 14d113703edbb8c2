/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a group's values of a field are combined. */
export type AggregateFunction =
  /** Their mean. */
  | 'AVG'
  /** How many have a value. */
  | 'COUNT'
  /** The largest. */
  | 'MAX'
  /** The smallest. */
  | 'MIN'
  /** Their sum. */
  | 'SUM';

/** Where an alert stands. */
export type AlertState =
  /** Open: opened by an ERROR event (a request the webhook could not read). */
  | 'ERROR'
  /** Closed by a RECOVERY event or resolveAlert. */
  | 'RESOLVED'
  /** Open: opened by an ALERT event; later events with its key attach to it. */
  | 'TRIGGERED';

/** A new API key. */
export type CreateApiKeyInput = {
  /** When the key stops working; never if omitted. */
  expiresAt?: string | null | undefined;
  /** 1-128 characters. */
  name: string;
  /** Restricts the key to this project: it reaches only the project's webhooks, events and deliveries, as if the rest of the tenant did not exist. Such a key cannot hold TENANT_ADMIN, PORTAL_SESSIONS or EVENTS_MANAGE. */
  projectId?: string | null | undefined;
  /** At least one; each at most once. */
  scopes: Array<Scope>;
};

/** Which diverted deliveries: those named by ids, all of a webhook's, or the named ones of that webhook. */
export type DeleteDivertedDeliveriesInput = {
  /** These diverted deliveries (at most 1000 ids). */
  ids?: Array<string | number> | null | undefined;
  /** This outgoing webhook's diverted deliveries (with ids: only those of them). */
  webhookId?: string | number | null | undefined;
};

/** Which deliveries to list: every field given must match. */
export type DeliveryFilter = {
  /** Queued at or after this time. */
  createdAfter?: string | null | undefined;
  /** Queued before this time. */
  createdBefore?: string | null | undefined;
  /** Only deliveries of this event. */
  eventId?: string | number | null | undefined;
  /** Exact type. */
  eventType?: string | null | undefined;
  /** Only test deliveries (true) or only real ones (false). */
  isTest?: boolean | null | undefined;
  /** The `webhook-id` header a receiver saw ("msg_" and 32 hexadecimal digits): the deliveries of that event, with every attempt and redelivery. */
  messageId?: string | null | undefined;
  /** Only deliveries in this status. */
  status?: DeliveryStatus | null | undefined;
  /** Only deliveries to this outgoing webhook. */
  webhookId?: string | number | null | undefined;
};

/** Which deliveries to count, and over which period. */
export type DeliveryStatsFilter = {
  /** Only deliveries of this exact event type. */
  eventType?: string | null | undefined;
  /** Default: 24 hours before `to`. */
  from?: string | null | undefined;
  /** Default: now. */
  to?: string | null | undefined;
  /** Only deliveries to this outgoing webhook. */
  webhookId?: string | number | null | undefined;
};

/** Where a delivery stands. */
export type DeliveryStatus =
  /** Could not be delivered; the webhook does not divert. */
  | 'DISCARDED'
  /** Could not be delivered and kept for resending (resendDivertedDeliveries). */
  | 'DIVERTED'
  /** The last attempt failed; another is scheduled (nextAttemptAt). */
  | 'FAILED'
  /** Waiting for its first attempt. */
  | 'PENDING'
  /** The receiver answered 2xx. */
  | 'SUCCEEDED';

/** Which delivery changes to stream: every field given must match. */
export type DeliveryUpdateFilter = {
  /** Only deliveries of this event. */
  eventId?: string | number | null | undefined;
  /** Only changes that set one of these statuses. */
  statuses?: Array<DeliveryStatus> | null | undefined;
  /** Only deliveries to this outgoing webhook. */
  webhookId?: string | number | null | undefined;
};

/** Which diverted deliveries to list: every field given must match. */
export type DivertedDeliveryFilter = {
  /** Exact type. */
  eventType?: string | null | undefined;
  /** Diverted at or after this time. */
  failedAfter?: string | null | undefined;
  /** Diverted before this time. */
  failedBefore?: string | null | undefined;
  /** Only deliveries to this outgoing webhook. */
  webhookId?: string | number | null | undefined;
};

/** What went wrong, for clients to switch on: `Error.code`, and `extensions.code` of every error in `errors`. */
export type ErrorCode =
  /** The HTTP request is not a GraphQL request: no query, a body that is not a JSON object, a method or content type GraphQL over HTTP does not take. */
  | 'BAD_REQUEST'
  /** An argument or input broke a rule; `issues` (or `extensions.issues`) names each field and rule. */
  | 'BAD_USER_INPUT'
  /** The change conflicts with existing data: a duplicate name, an idempotency key reused with other content. */
  | 'CONFLICT'
  /** The API key lacks the scope named in `missingScope` (or the message). */
  | 'FORBIDDEN'
  /** The document is not valid GraphQL (or nests its brackets too deep). */
  | 'GRAPHQL_PARSE_FAILED'
  /** The document does not match the schema. */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** An unexpected failure, logged with `extensions.requestId`. */
  | 'INTERNAL_SERVER_ERROR'
  /** No object with that id exists for this tenant. */
  | 'NOT_FOUND'
  /** The request body exceeds MAX_REQUEST_BYTES. */
  | 'PAYLOAD_TOO_LARGE'
  /** The query's estimated cost exceeds MAX_QUERY_COST. */
  | 'QUERY_TOO_COSTLY'
  /** The query nests deeper than MAX_QUERY_DEPTH. */
  | 'QUERY_TOO_DEEP'
  /** The service is saturated or its database unreachable; nothing was written. Retry after a moment (`extensions.retryable`). Ends a subscription when the server shuts down or the subscriber fell behind: subscribe again. */
  | 'SERVICE_UNAVAILABLE'
  /** Ends an event stream whose client read too slowly: more than SSE_MAX_UNSENT_BYTES waited to be sent. Subscribe again and read what you missed through the queries. */
  | 'SLOW_CONSUMER'
  /** The query uses more aliases than MAX_QUERY_ALIASES. */
  | 'TOO_MANY_ALIASES'
  /** The API key already holds MAX_SUBSCRIPTIONS_PER_KEY open subscriptions on this server. */
  | 'TOO_MANY_SUBSCRIPTIONS'
  /** No API key, or one that is malformed, unknown, revoked or expired. */
  | 'UNAUTHENTICATED';

/** Which events to list: every field given must match. */
export type EventFilter = {
  /** Published at or after this time. */
  createdAfter?: string | null | undefined;
  /** Published before this time. */
  createdBefore?: string | null | undefined;
  /** Only the event published with this idempotency key. */
  idempotencyKey?: string | null | undefined;
  /** Only events published to this project. */
  projectId?: string | null | undefined;
  /** Only events whose payload broke its type's schema (true), or only the others (false). */
  schemaViolations?: boolean | null | undefined;
  /** Only events about this subject. */
  subject?: string | null | undefined;
  /** Exact type. */
  type?: string | null | undefined;
};

/** Fields left out keep their current (or default) value. */
export type FailureHandlingInput = {
  /** Keep deliveries that exhausted their retries as diverted (true) or discard them (false). */
  divert?: boolean | null | undefined;
  /** When to retry. */
  retryStrategy?: RetryStrategyInput | null | undefined;
  /** Suspend the webhook after too many failed deliveries in a row. */
  suspend?: boolean | null | undefined;
  /** 1-1000. */
  suspendAfterConsecutiveFailures?: number | null | undefined;
  /** 1-30. */
  timeoutSeconds?: number | null | undefined;
  /** Which failures are retried. */
  triggers?: FailureTriggersInput | null | undefined;
};

/** Why an attempt failed. */
export type FailureTrigger =
  /** The URL is, or its name resolves to, a private or reserved address, or its name does not exist (the two read the same). Never retried. */
  | 'BLOCKED_DESTINATION'
  /** A broker destination could not be reached, or its connection was lost before the broker confirmed the message. */
  | 'CONNECTION'
  /** The receiver answered 4xx. */
  | 'HTTP_4XX'
  /** The receiver answered 5xx. */
  | 'HTTP_5XX'
  /** The connection failed: refused, reset, or the name did not resolve. */
  | 'NETWORK_ERROR'
  /** A broker destination answered no: a negative confirm or a message no queue takes (RabbitMQ), no stream for the subject (NATS), an error reply (Redis), a failed PUBACK (MQTT). */
  | 'REFUSED'
  /** No complete response within the webhook's timeout. */
  | 'TIMEOUT'
  /** The webhook's CUSTOM expression could not make a body for the event (the message says why); nothing was sent. Never retried (the same expression fails the same way): fix it and redeliver. */
  | 'TRANSFORM_ERROR';

/** Which failures are retried; fields left out keep their value. */
export type FailureTriggersInput = {
  /** Status codes (100-599, at most 100) retried even when their class is not in types. */
  statusCodes?: Array<number> | null | undefined;
  /** The kinds of failure to retry. */
  types?: Array<FailureTrigger> | null | undefined;
};

/** A header to send with every delivery. Headers the HTTP layer owns (Host, Content-Length, Transfer-Encoding, Connection, ...) are refused. */
export type HttpHeaderInput = {
  /** A valid HTTP header name. */
  name: string;
  /** One or more values; all headers together at most 8 KiB. */
  values: Array<string>;
};

/** Request authentication for an incoming webhook. Each type takes only its own fields; one it does not use is refused by name. Replaces the webhook's authentication whole. */
export type IncomingAuthenticationInput = {
  /** HMAC_SHA256: default HEX. */
  encoding?: SignatureEncoding | null | undefined;
  /** BASIC: the password, 16-512 printable characters. */
  password?: string | null | undefined;
  /** HMAC_SHA256: the shared key, 16-512 printable characters. STANDARD_WEBHOOKS: the sender's whsec_ secret. */
  secret?: string | null | undefined;
  /** HMAC_SHA256: default X-Hub-Signature-256 (GitHub); Grafana's is X-Grafana-Alerting-Signature. */
  signatureHeader?: string | null | undefined;
  /** HMAC_SHA256: default none; GitHub sends "sha256=". */
  signaturePrefix?: string | null | undefined;
  /** HMAC_SHA256: the header with a Unix timestamp, signed as "<timestamp>:<body>" (Grafana's Timestamp Header); default none. */
  timestampHeader?: string | null | undefined;
  /** BEARER_TOKEN: the token, 16-512 printable characters. */
  token?: string | null | undefined;
  /** HMAC_SHA256 with a timestamp header, STANDARD_WEBHOOKS: 1-86400, default 300. */
  toleranceSeconds?: number | null | undefined;
  /** What a sender must prove. */
  type: IncomingAuthenticationType;
  /** BASIC: the user name (no colon). */
  username?: string | null | undefined;
};

/** How a sender proves itself besides knowing the URL. A request that does not gets 401, is counted in requests.error and stores nothing. */
export type IncomingAuthenticationType =
  /** `Authorization: Basic`: Alertmanager's `http_config.basic_auth`, Grafana's basic authentication. */
  | 'BASIC'
  /** `Authorization: Bearer <token>`: Alertmanager's `http_config.authorization`, Grafana's Authorization header. */
  | 'BEARER_TOKEN'
  /** An HMAC-SHA256 of the body in a header (GitHub: X-Hub-Signature-256 with prefix "sha256="), or of "<timestamp>:<body>" with a timestamp header (Grafana's HMAC signature). */
  | 'HMAC_SHA256'
  /** The secret URL only (default). */
  | 'NONE'
  /** Standard Webhooks signatures (webhook-id, webhook-timestamp, webhook-signature), as this service and Svix sign. */
  | 'STANDARD_WEBHOOKS';

/** Which incoming events to list: every field given must match. */
export type IncomingEventFilter = {
  /** Only events with this exact key. */
  eventKey?: string | null | undefined;
  /** Only events of this type. */
  eventType?: IncomingEventType | null | undefined;
  /** Happened after this time. */
  occurredAfter?: string | null | undefined;
  /** Happened before this time. */
  occurredBefore?: string | null | undefined;
  /** Only events of this severity. */
  severity?: Severity | null | undefined;
  /** Only events of this incoming webhook. */
  webhookId?: string | number | null | undefined;
};

/** What incomingEventStats counts by. */
export type IncomingEventGroup =
  /** By event key: with limit, the keys that fire most. */
  | 'EVENT_KEY'
  /** By event type. */
  | 'EVENT_TYPE'
  /** By the plugin of the webhook it came to. */
  | 'PLUGIN'
  /** By project (null for none). */
  | 'PROJECT'
  /** By provider. */
  | 'PROVIDER'
  /** By severity. */
  | 'SEVERITY'
  /** By incoming webhook. */
  | 'WEBHOOK';

/** One aggregate: a function over a field, computed per group and over everything matched. */
export type IncomingEventStatsAggregateInput = {
  /** Which field. */
  field: IncomingEventStatsField;
  /** How the values are combined. */
  function: AggregateFunction;
};

/** What incomingEventStats can aggregate. */
export type IncomingEventStatsField =
  /** How late an event arrived: seconds from its occurredAt to when it was stored. */
  | 'DELAY_SECONDS';

/** Which incoming events to count, and over which period. */
export type IncomingEventStatsFilter = {
  /** Only events of this type. */
  eventType?: IncomingEventType | null | undefined;
  /** Default: 24 hours before `to`. */
  from?: string | null | undefined;
  /** Only events of this severity. */
  severity?: Severity | null | undefined;
  /** Default: now. */
  to?: string | null | undefined;
  /** Only events of this incoming webhook. */
  webhookId?: string | number | null | undefined;
};

/** What an incoming event says. */
export type IncomingEventType =
  /** Something is wrong: opens an alert for its key, or attaches to the open one. */
  | 'ALERT'
  /** The request could not be read; the body is kept in rawData. */
  | 'ERROR'
  /** It is fine again: resolves the open alert for its key. */
  | 'RECOVERY';

/** Which Opsgenie instance an account lives on. */
export type OpsgenieRegion =
  /** api.eu.opsgenie.com */
  | 'EU'
  /** api.opsgenie.com */
  | 'US';

/** Sort direction. */
export type OrderDirection =
  /** Smallest (or oldest) first. */
  | 'ASC'
  /** Largest (or newest) first. */
  | 'DESC';

/** Where a plugin comes from. */
export type PluginSource =
  /** Ships with the service. */
  | 'BUILT_IN'
  /** A service of the tenant's own, registered with registerPlugin and called over HTTP. */
  | 'REGISTERED';

/** How an incoming webhook follows new versions of its plugin. */
export type PluginUpgradeMode =
  /** Run the latest version: moved to a new one as it comes, its init run again. */
  | 'AUTO'
  /** Run the version chosen; change it with updateWebhookPlugin. */
  | 'MANUAL'
  /** Keep the current version; it cannot be changed until the mode is. */
  | 'NONE';

/** An event to publish. */
export type PublishEventInput = {
  /** Publishing again with the same key within 24 hours returns the first event and creates nothing. */
  idempotencyKey?: string | null | undefined;
  /** Default: now. */
  occurredAt?: string | null | undefined;
  /** At most 256 KiB as JSON. */
  payload: import('@hookrelay/client').JsonObject;
  /** Deliver only to this project's webhooks. Default: every webhook of the tenant. */
  projectId?: string | null | undefined;
  /** Whom the event is about, e.g. a customer's id (1-256 characters): eraseEvents(filter: { subject }) erases every event about them. */
  subject?: string | null | undefined;
  /** Dotted name: letters, digits, "_", "-" and "." (e.g. "invoice.paid"). */
  type: string;
};

/** Events to publish together, all or none. */
export type PublishEventsInput = {
  /** 1 to 100 events. */
  events: Array<PublishEventInput>;
};

/** Which delivery to send again. */
export type RedeliverDeliveryInput = {
  /** The delivery (any status). */
  id: string | number;
};

/** A plugin served by a service of the tenant's own (see docs/incoming.md: the plugin protocol). */
export type RegisterPluginInput = {
  /** The request authentication types its senders can use. Default: all. */
  authentication?: Array<IncomingAuthenticationType> | null | undefined;
  /** What it reads, in a sentence (up to 1,024 characters). */
  description?: string | null | undefined;
  /** Display name, 1-128 characters. */
  name: string;
  /** What webhooks name it by: 2-64 lowercase letters, digits and -, not a built-in plugin's id. */
  pluginId: string;
  /** Standard Webhooks secret (whsec_ + base64 of 24-64 bytes) the service signs its calls with; write-only. */
  secret: string;
  /** How long a call may take (1-30 s, default 10); a slower parse makes the request an ERROR event. */
  timeoutSeconds?: number | null | undefined;
  /** Base URL: the service POSTs to {url}/init, {url}/verify and {url}/parse. The same destination rules as deliveries apply. */
  url: string;
  /** Its versions, oldest first, as semantic versions; the last is what AUTO runs. */
  versions: Array<string>;
};

/** Which diverted deliveries: those named by ids, all of a webhook's, or the named ones of that webhook. */
export type ResendDivertedDeliveriesInput = {
  /** These diverted deliveries (at most 1000 ids). */
  ids?: Array<string | number> | null | undefined;
  /** This outgoing webhook's diverted deliveries (with ids: only those of them). */
  webhookId?: string | number | null | undefined;
};

/** When failed attempts are retried; fields left out keep their value. */
export type RetryStrategyInput = {
  /** Retries after the first attempt, 0-20. */
  attempts?: number | null | undefined;
  /** 1-86400. */
  intervalSeconds?: number | null | undefined;
  /** How the waits grow. */
  type?: RetryStrategyType | null | undefined;
};

/** How the wait between retries grows (each wait varies by ±20%). */
export type RetryStrategyType =
  /** Each wait doubles: interval, 2x interval, 4x interval, ... */
  | 'EXPONENTIAL'
  /** Each wait grows by the interval: interval, 2x interval, 3x interval, ... */
  | 'LINEAR'
  /** No retries: the first failure is final. */
  | 'NONE';

/** A permission an API key can hold. */
export type Scope =
  /** `deliveries:retry` */
  | 'DELIVERIES_RETRY'
  /** `deliveries:view` */
  | 'DELIVERIES_VIEW'
  /** `events:manage` */
  | 'EVENTS_MANAGE'
  /** `events:publish` */
  | 'EVENTS_PUBLISH'
  /** `events:view` */
  | 'EVENTS_VIEW'
  /** `portal:sessions` */
  | 'PORTAL_SESSIONS'
  /** `tenant:admin` */
  | 'TENANT_ADMIN'
  /** `webhooks:add` */
  | 'WEBHOOKS_ADD'
  /** `webhooks:edit` */
  | 'WEBHOOKS_EDIT'
  /** `webhooks:remove` */
  | 'WEBHOOKS_REMOVE'
  /** `webhooks:view` */
  | 'WEBHOOKS_VIEW';

/** How bad an incoming event is, as its plugin maps the sender's level. */
export type Severity =
  /** Critical. */
  | 'CRITICAL'
  /** An error. */
  | 'ERROR'
  /** Information. */
  | 'INFO'
  /** The sender gave no severity. */
  | 'NONE'
  /** The sender reports no data (e.g. a check that cannot run). */
  | 'NOT_AVAILABLE'
  /** A warning. */
  | 'WARNING';

/** How an HMAC signature is written in its header. */
export type SignatureEncoding =
  /** Base64. */
  | 'BASE64'
  /** Hexadecimal (GitHub, Grafana). */
  | 'HEX';

/** The width of a statistics bucket (UTC). */
export type StatsBucket =
  /** One UTC day. */
  | 'DAY'
  /** One hour. */
  | 'HOUR'
  /** One minute. */
  | 'MINUTE';

/** How to sort the groups: by one of the aggregates asked for, or by the count. */
export type StatsOrder = {
  /** The index (from 0) of an entry of `aggregates`. Left out: by the group's count. */
  aggregate?: number | null | undefined;
  /** Default DESC: the largest first (groups without a value last). */
  direction?: OrderDirection | null | undefined;
};

/** The webhook to test and what to send it. */
export type TestWebhookInput = {
  /** The event type the test carries (default webhook.test). */
  eventType?: string | null | undefined;
  /** Send this example (from 0) of the event type's latest version in the catalogue instead of a payload. */
  example?: number | null | undefined;
  /** The outgoing webhook. */
  id: string | number;
  /** Default: the event type's first example in the catalogue, else a short message naming the webhook. */
  payload?: import('@hookrelay/client').JsonObject | null | undefined;
};

/** Which webhook to unsuspend. */
export type UnsuspendWebhookInput = {
  /** The outgoing webhook. */
  id: string | number;
  /** Also queue the webhook's diverted deliveries again. */
  resendDiverted?: boolean | null | undefined;
};

/** Fields left out are unchanged. */
export type UpdateIncomingWebhookInput = {
  /** Replaces the request authentication, its secret too (NONE removes it). Senders must change at the same moment. */
  authentication?: IncomingAuthenticationInput | null | undefined;
  /** The incoming webhook to change. */
  id: string | number;
  /** New name (1-128 characters, unique within the project). */
  name?: string | null | undefined;
  /** Move it to this project. */
  projectId?: string | null | undefined;
  /** Replaces all tags. */
  tags?: import('@hookrelay/client').JsonObject | null | undefined;
};

/** Fields left out are unchanged. Removals are applied before additions, so an item in both ends up present. */
export type UpdateOutgoingWebhookInput = {
  /** Types or patterns to start receiving. */
  addEventTypes?: Array<string> | null | undefined;
  /** Values are added to the header of that name. */
  addHeaders?: Array<HttpHeaderInput> | null | undefined;
  /** Replaces the type's settings; the secret is kept when left out and the type is unchanged. */
  destinationSettings?: WebhookDestinationSettingsInput | null | undefined;
  /** Switch on or off. */
  enabled?: boolean | null | undefined;
  /** Replaces the failure handling. */
  failureHandling?: FailureHandlingInput | null | undefined;
  /** The outgoing webhook to change. */
  id: string | number;
  /** A new limit on attempts in flight (1-1000). */
  maxConcurrentRequests?: number | null | undefined;
  /** New name (1-128 characters, unique within the project). */
  name?: string | null | undefined;
  /** UNORDERED or FIFO; applies to deliveries not claimed yet. */
  ordering?: WebhookOrdering | null | undefined;
  /** Move it to this project. */
  projectId?: string | null | undefined;
  /** A new rate limit; applies to attempts not started yet. */
  rateLimit?: WebhookRateLimitInput | null | undefined;
  /** Types or patterns to stop receiving (at most 100). */
  removeEventTypes?: Array<string> | null | undefined;
  /** Restore the default failure handling. */
  removeFailureHandling?: boolean | null | undefined;
  /** Header names to remove, with all their values. */
  removeHeaders?: Array<string> | null | undefined;
  /** Remove the limit on attempts in flight. */
  removeMaxConcurrentRequests?: boolean | null | undefined;
  /** Remove the rate limit. */
  removeRateLimit?: boolean | null | undefined;
  /** Replaces all tags. */
  tags?: import('@hookrelay/client').JsonObject | null | undefined;
  /** A new destination type: destinationSettings are validated for it (its secret must be given again). */
  type?: WebhookDestinationType | null | undefined;
  /** New URL (http or https). */
  url?: string | null | undefined;
};

/** Fields left out are unchanged. */
export type UpdateRegisteredPluginInput = {
  /** The request authentication types its senders can use. Default: all. */
  authentication?: Array<IncomingAuthenticationType> | null | undefined;
  /** What it reads, in a sentence (up to 1,024 characters). */
  description?: string | null | undefined;
  /** Display name, 1-128 characters. */
  name?: string | null | undefined;
  /** The registered plugin. */
  pluginId: string;
  /** Standard Webhooks secret (whsec_ + base64 of 24-64 bytes) the service signs its calls with; write-only. */
  secret?: string | null | undefined;
  /** How long a call may take (1-30 s, default 10); a slower parse makes the request an ERROR event. */
  timeoutSeconds?: number | null | undefined;
  /** Base URL: the service POSTs to {url}/init, {url}/verify and {url}/parse. The same destination rules as deliveries apply. */
  url?: string | null | undefined;
  /** Its versions, oldest first, as semantic versions; the last is what AUTO runs. Versions that webhooks with upgradeMode MANUAL or NONE run must stay. */
  versions?: Array<string> | null | undefined;
};

/** AUTO moves to the latest version; MANUAL needs a version; NONE keeps the version. The plugin's init runs again. */
export type UpdateWebhookPluginInput = {
  /** The incoming webhook. */
  id: string | number;
  /** Replaces the options. Default: keep them. */
  options?: import('@hookrelay/client').JsonObject | null | undefined;
  /** New upgrade mode. Default: keep it. */
  upgradeMode?: PluginUpgradeMode | null | undefined;
  /** The version to run (with MANUAL). */
  version?: string | null | undefined;
};

/** How soon someone should look, derived from the severity. */
export type Urgency =
  /** CRITICAL, ERROR or NOT_AVAILABLE severity. */
  | 'HIGH'
  /** Any other severity. */
  | 'LOW';

/** A destination type's settings; each type takes only its own (see docs/outgoing.md). Secrets (routingKey, apiKey, token, signingSecret, password) are stored encrypted and never shown again. A broker type's templates take {type}, the event's type. */
export type WebhookDestinationSettingsInput = {
  /** OPSGENIE: an API integration's key (a UUID). DATADOG: an API key (32 hexadecimal characters). */
  apiKey?: string | null | undefined;
  /** MQTT: the client id's prefix (default hookrelay); each connection adds a random part, so that workers do not take each other's sessions. */
  clientId?: string | null | undefined;
  /** CUSTOM: the body's content type (default application/json). */
  contentType?: string | null | undefined;
  /** RABBITMQ: the exchange (default "", the default exchange: routing key = queue). */
  exchange?: string | null | undefined;
  /** CUSTOM: a JSONata expression over { event, webhook } producing the body, an object (at most 10000 characters). */
  expression?: string | null | undefined;
  /** SPLUNK: the index (default: the token's). */
  index?: string | null | undefined;
  /** REDIS_STREAM: trims the stream to about this many entries (MAXLEN ~); default: no cap. */
  maxLength?: number | null | undefined;
  /** RABBITMQ, NATS_JETSTREAM, REDIS_STREAM, MQTT: the password of the URL's user (optional). NATS without a user: the server's token. */
  password?: string | null | undefined;
  /** RABBITMQ: persistent messages, which survive a broker restart (default true). */
  persistent?: boolean | null | undefined;
  /** OPSGENIE: the account's region (default US). */
  region?: OpsgenieRegion | null | undefined;
  /** PAGERDUTY: the 32-character integration key of an Events API v2 integration. */
  routingKey?: string | null | undefined;
  /** RABBITMQ: the routing key (default {type}). */
  routingKeyTemplate?: string | null | undefined;
  /** FEISHU: the bot's signature verification secret (optional). */
  signingSecret?: string | null | undefined;
  /** DATADOG: the site (default datadoghq.com; datadoghq.com, us3.datadoghq.com, us5.datadoghq.com, datadoghq.eu, ap1.datadoghq.com, ap2.datadoghq.com, ddog-gov.com, us2.ddog-gov.com). */
  site?: string | null | undefined;
  /** SPLUNK: the events' source (default hookrelay). */
  source?: string | null | undefined;
  /** SPLUNK: the events' sourcetype (default _json). */
  sourceType?: string | null | undefined;
  /** REDIS_STREAM: the stream's key (default {type}). */
  streamKeyTemplate?: string | null | undefined;
  /** NATS_JETSTREAM: the subject, which a stream must take (default {type}). */
  subjectTemplate?: string | null | undefined;
  /** SPLUNK: the HTTP Event Collector token (a GUID). */
  token?: string | null | undefined;
  /** MQTT: the topic (default {type}). */
  topicTemplate?: string | null | undefined;
};

/** What the receiver understands. Every type also carries the Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature). */
export type WebhookDestinationType =
  /** The body a JSONata expression makes of { event, webhook } (expression, contentType). */
  | 'CUSTOM'
  /** Datadog's events API (apiKey, site). */
  | 'DATADOG'
  /** A Discord webhook URL: content and an embed; mentions never ping. */
  | 'DISCORD'
  /** A Feishu (Lark) custom bot URL: a post message; signed when signingSecret is set. */
  | 'FEISHU'
  /** A Google Chat space webhook URL: text and a cardsV2 card. */
  | 'GOOGLE_CHAT'
  /** A Teams Workflows webhook URL: a message with an Adaptive Card. */
  | 'MICROSOFT_TEAMS'
  /** Published over MQTT 5 at QoS 1 (url mqtt://, mqtts://, ws:// or wss://; topicTemplate, clientId, password); delivered on a successful PUBACK. */
  | 'MQTT'
  /** Published to NATS JetStream (url nats:// or tls://; subjectTemplate, password); delivered when a stream acknowledges it. Nats-Msg-Id is the delivery's id. */
  | 'NATS_JETSTREAM'
  /** Opsgenie's Alert API (apiKey, region): alerts are created and closed by alias. */
  | 'OPSGENIE'
  /** PagerDuty Events API v2 (routingKey): alerts trigger and resolve one incident. */
  | 'PAGERDUTY'
  /** Published to a RabbitMQ exchange (url amqp:// or amqps://; exchange, routingKeyTemplate, persistent, password); delivered when RabbitMQ confirms it. */
  | 'RABBITMQ'
  /** Added to a Redis stream with XADD (url redis:// or rediss://; streamKeyTemplate, maxLength, password); delivered when Redis answers the entry's id. */
  | 'REDIS_STREAM'
  /** A Slack incoming webhook URL: text and Block Kit blocks. */
  | 'SLACK'
  /** A Splunk HTTP Event Collector URL (token, index, source, sourceType). */
  | 'SPLUNK'
  /** Standard Webhooks JSON: { id, type, timestamp, data }. */
  | 'STANDARD';

/** Which webhooks to list or count: every field given must match. */
export type WebhookFilter = {
  /** The incoming webhook with this access key (matched through a keyed digest; the key itself is never stored in the clear). */
  accessKey?: string | null | undefined;
  /** Enabled and not suspended. */
  active?: boolean | null | undefined;
  /** Incoming webhooks whose capability holds all of these values (e.g. { monitoringType: "EVENT" }). */
  capability?: import('@hookrelay/client').JsonObject | null | undefined;
  /** Created at or after this time. */
  createdAfter?: string | null | undefined;
  /** Created before this time. */
  createdBefore?: string | null | undefined;
  /** Only enabled (true) or disabled (false) webhooks. */
  enabled?: boolean | null | undefined;
  /** Webhooks that receive any of these types (wildcard subscriptions included). */
  eventTypes?: Array<string> | null | undefined;
  /** Only these webhooks (at most 100 global ids). */
  ids?: Array<string | number> | null | undefined;
  /** Only this kind. */
  kind?: WebhookKind | null | undefined;
  /** Exact name. */
  name?: string | null | undefined;
  /** Case-insensitive substring of the name. */
  nameContains?: string | null | undefined;
  /** Incoming webhooks running this plugin. */
  pluginId?: string | null | undefined;
  /** Only webhooks of this project. */
  projectId?: string | null | undefined;
  /** Words, each matched (case-insensitively) against name, URL and id. */
  search?: string | null | undefined;
  /** Only webhooks in this state. */
  state?: WebhookState | null | undefined;
  /** Only webhooks that are (true) or are not (false) suspended (incoming webhooks never are). */
  suspended?: boolean | null | undefined;
  /** Webhooks having all these tag values. */
  tags?: import('@hookrelay/client').JsonObject | null | undefined;
  /** The incoming webhook with this URL, in either form (/webhooks/incoming/... or the SpaceONE /monitoring/v1/webhook/...); the origin is not compared. */
  webhookUrl?: string | null | undefined;
};

/** Which way a webhook carries events. */
export type WebhookKind =
  /** A monitoring system posts to the webhook's secret URL; a plugin turns posts into events and alerts. */
  | 'INCOMING'
  /** The service delivers the tenant's events to the webhook's URL. */
  | 'OUTGOING';

/** Whether a webhook's deliveries may overtake each other. */
export type WebhookOrdering =
  /** One delivery at a time, in publish order, across all workers: a delivery waiting for a retry holds the ones behind it until it succeeds or is diverted or discarded. A change applies to deliveries not yet claimed. */
  | 'FIFO'
  /** As fast as the workers go; a retrying delivery holds nothing up (default). */
  | 'UNORDERED';

/** A limit on how fast attempts to the webhook start, across every worker. */
export type WebhookRateLimitInput = {
  /** Attempts that may start at once, 1-10000; default perSecond. */
  burst?: number | null | undefined;
  /** Attempts per second, 1-10000. */
  perSecond: number;
};

/** Whether a webhook is switched on (enableWebhook, disableWebhook). */
export type WebhookState =
  /** Switched off: an outgoing webhook receives nothing, an incoming one refuses posts (403). */
  | 'DISABLED'
  /** Switched on. */
  | 'ENABLED';

/** One aggregate: a function over a field, computed per group and over everything matched. */
export type WebhookStatsAggregateInput = {
  /** Which field. */
  field: WebhookStatsField;
  /** How the values are combined. */
  function: AggregateFunction;
};

/** What webhookStats can aggregate. */
export type WebhookStatsField =
  /** Failed deliveries in a row of an outgoing webhook, now. */
  | 'CONSECUTIVE_FAILURES'
  /** Of those, the ones that failed, were diverted or discarded. */
  | 'DELIVERIES_FAILED'
  /** Of those, the ones that succeeded. */
  | 'DELIVERIES_SUCCEEDED'
  /** An outgoing webhook's deliveries, kept ones (retention aside). */
  | 'DELIVERIES_TOTAL'
  /** Of those, the ones that failed. */
  | 'REQUESTS_ERROR'
  /** Requests an incoming webhook received (0 for outgoing webhooks). */
  | 'REQUESTS_TOTAL'
  /** How many event types (and patterns) an outgoing webhook subscribes to. */
  | 'SUBSCRIBED_EVENT_TYPES';

/** What webhookStats can group by. */
export type WebhookStatsGroup =
  /** By an incoming webhook's capability, as its plugin declared it (null for outgoing webhooks). */
  | 'CAPABILITY'
  /** By UTC day of creation. */
  | 'CREATED_DAY'
  /** By subscribed event type (a webhook counts once per type it subscribes to). */
  | 'EVENT_TYPE'
  /** By kind. */
  | 'KIND'
  /** By the plugin an incoming webhook runs (null for outgoing webhooks). */
  | 'PLUGIN'
  /** By project. */
  | 'PROJECT'
  /** By state. */
  | 'STATE'
  /** By whether an outgoing webhook is suspended. */
  | 'SUSPENDED';

type MutationError_ConflictError_Fragment = { __typename: 'ConflictError', code: ErrorCode, message: string };

type MutationError_ForbiddenError_Fragment = { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string };

type MutationError_NotFoundError_Fragment = { __typename: 'NotFoundError', code: ErrorCode, message: string };

type MutationError_ValidationError_Fragment = { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> };

export type MutationErrorFragment =
  | MutationError_ConflictError_Fragment
  | MutationError_ForbiddenError_Fragment
  | MutationError_NotFoundError_Fragment
  | MutationError_ValidationError_Fragment
;

export type AuthViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthViewerQuery = { viewer: { name: string, scopes: Array<Scope>, tenant: { name: string } } | null };

export type AuthCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AuthCreateApiKeyMutation = { createApiKey:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateApiKeyPayload', key: string, apiKey: { id: string, name: string, prefix: string, scopes: Array<Scope>, expiresAt: string | null, revoked: boolean } }
    | { __typename: 'ForbiddenError', missingScope: Scope, message: string }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', issues: Array<{ path: Array<string>, message: string }> }
   };

export type AuthRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthRevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode }
    | { __typename: 'RevokeApiKeyPayload', apiKey: { id: string, revoked: boolean, revokedAt: string | null } }
    | { __typename: 'ValidationError' }
   };

export type AuthViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthViewer2Query = { viewer: { name: string, scopes: Array<Scope> } | null };

export type AuthApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthApiKeysQuery = { apiKeys: { nodes: Array<{ id: string, prefix: string }> } | null };

export type AuthNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthNodeQuery = { node:
    | { __typename: 'Alert' }
    | { __typename: 'ApiKey', lastUsedAt: string | null }
    | { __typename: 'Delivery' }
    | { __typename: 'DeliveryAttempt' }
    | { __typename: 'Erasure' }
    | { __typename: 'Event' }
    | { __typename: 'EventType' }
    | { __typename: 'IncomingEvent' }
    | { __typename: 'IncomingWebhook' }
    | { __typename: 'OutgoingWebhook' }
    | { __typename: 'Tenant' }
   | null };

export type AuthApiKeys2QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthApiKeys2Query = { apiKeys: { totalCount: number } | null };

export type AuthApiKeys3QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthApiKeys3Query = { apiKeys: { totalCount: number } | null, webhooks: { totalCount: number } | null };

export type AuthWebhookQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthWebhookQuery = { webhook:
    | { name: string }
    | { name: string }
   | null, viewer: { name: string } | null };

export type AuthNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AuthNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type AuthDeliveryQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthDeliveryQuery = { delivery: { id: string, status: DeliveryStatus, event: { type: string } | null, webhook: { name: string, url: string } | null } | null };

export type AuthWebhook2QueryVariables = Exact<{
  id: string | number;
}>;


export type AuthWebhook2Query = { webhook:
    | { name: string }
    | { url: string, name: string, deliveries: { totalCount: number } | null }
   | null };

export type AuthNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type AuthNode2Query = { node:
    | { id: string }
    | { id: string }
    | { status: DeliveryStatus, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AuthCreateOutgoingWebhookMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthCreateOutgoingWebhookMutation = { createOutgoingWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateOutgoingWebhookPayload', secret: string, webhook: { name: string, url: string, eventTypes: Array<string>, deliveries: { totalCount: number } | null } }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type AuthViewer3QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthViewer3Query = { viewer: { apiKeyId: string, tenant: { id: string, name: string } } | null };

export type AuthNode3QueryVariables = Exact<{
  id: string | number;
}>;


export type AuthNode3Query = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, id: string }
   | null };

export type AuthNode4QueryVariables = Exact<{
  id: string | number;
}>;


export type AuthNode4Query = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type BackPressureCreateIncomingWebhookMutationVariables = Exact<{ [key: string]: never; }>;


export type BackPressureCreateIncomingWebhookMutation = { createIncomingWebhook:
    | { webhook: { webhookUrl: string | null } }
    | Record<PropertyKey, never>
   };

export type BackPressureViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type BackPressureViewerQuery = { viewer: { name: string } | null };

export type BackPressurePublishEventMutationVariables = Exact<{ [key: string]: never; }>;


export type BackPressurePublishEventMutation = { publishEvent:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'PublishEventPayload' }
    | { __typename: 'ValidationError' }
   };

export type DeliveryControlUnsuspendMutationVariables = Exact<{
  id: string | number;
}>;


export type DeliveryControlUnsuspendMutation = { unsuspendWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UnsuspendWebhookPayload' }
    | { __typename: 'ValidationError' }
   };

export type DeliveryWorkerTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DeliveryWorkerTestWebhookMutation = { testWebhook:
    | { attempt: { failureTrigger: FailureTrigger | null } }
    | Record<PropertyKey, never>
   };

export type DeliveryCreateApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type DeliveryCreateApiKeyMutation = { createApiKey:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type DeliveryPublishEventsMutationVariables = Exact<{
  input: PublishEventsInput;
}>;


export type DeliveryPublishEventsMutation = { publishEvents:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'PublishEventsPayload', results: Array<{ deliveryCount: number, duplicate: boolean, event: { id: string, type: string, payload: import('@hookrelay/client').JsonObject } }> }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DeliveryCreateApiKey2MutationVariables = Exact<{ [key: string]: never; }>;


export type DeliveryCreateApiKey2Mutation = { createApiKey:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type DeliveryDivertedDeliveriesQueryVariables = Exact<{
  filter?: DivertedDeliveryFilter | null | undefined;
}>;


export type DeliveryDivertedDeliveriesQuery = { divertedDeliveries: { totalCount: number, nodes: Array<{ id: string, eventType: string, failureTrigger: FailureTrigger | null, failureMessage: string | null, failureTimestamp: string | null }> } | null };

export type DeliveryResendDivertedDeliveriesMutationVariables = Exact<{
  input: ResendDivertedDeliveriesInput;
}>;


export type DeliveryResendDivertedDeliveriesMutation = { resendDivertedDeliveries:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ResendDivertedDeliveriesPayload', resentCount: number }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DeliveryDeleteDivertedDeliveriesMutationVariables = Exact<{
  input: DeleteDivertedDeliveriesInput;
}>;


export type DeliveryDeleteDivertedDeliveriesMutation = { deleteDivertedDeliveries:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DeleteDivertedDeliveriesPayload', deletedCount: number }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DeliveryResendDivertedDeliveries2MutationVariables = Exact<{
  input: ResendDivertedDeliveriesInput;
}>;


export type DeliveryResendDivertedDeliveries2Mutation = { resendDivertedDeliveries:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ResendDivertedDeliveriesPayload' }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DeliveryUnsuspendWebhookMutationVariables = Exact<{
  input: UnsuspendWebhookInput;
}>;


export type DeliveryUnsuspendWebhookMutation = { unsuspendWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UnsuspendWebhookPayload', resentCount: number, webhook: { suspended: boolean, consecutiveFailures: number } }
    | { __typename: 'ValidationError' }
   };

export type DeliveryRotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type DeliveryRotateWebhookSecretMutation = { rotateWebhookSecret:
    | { secret: string }
    | Record<PropertyKey, never>
   };

export type DeliveryMoveWebhookMutationVariables = Exact<{
  input: UpdateOutgoingWebhookInput;
}>;


export type DeliveryMoveWebhookMutation = { updateOutgoingWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateOutgoingWebhookPayload' }
    | { __typename: 'ValidationError' }
   };

export type DeliveryRotateNowMutationVariables = Exact<{
  id: string | number;
}>;


export type DeliveryRotateNowMutation = { rotateWebhookSecret:
    | { secret: string }
    | Record<PropertyKey, never>
   };

export type DeliveryTestWebhookMutationVariables = Exact<{
  input: TestWebhookInput;
}>;


export type DeliveryTestWebhookMutation = { testWebhook:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TestWebhookPayload', delivery: { id: string, isTest: boolean, status: DeliveryStatus, eventType: string }, attempt: { attemptNumber: number, responseStatus: number | null, durationMs: number, responseBody: string | null, succeeded: boolean, failureTrigger: FailureTrigger | null, failureMessage: string | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DeliveryRedeliverDeliveryMutationVariables = Exact<{
  input: RedeliverDeliveryInput;
}>;


export type DeliveryRedeliverDeliveryMutation = { redeliverDelivery:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RedeliverDeliveryPayload', delivery: { id: string, status: DeliveryStatus, messageId: string } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DeliveryEventsQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
}>;


export type DeliveryEventsQuery = { events: { totalCount: number, nodes: Array<{ id: string, type: string, payload: import('@hookrelay/client').JsonObject, deliveries: { totalCount: number, nodes: Array<{ status: DeliveryStatus, webhook: { id: string } | null }> } | null }> } | null };

export type DeliveryDeliveriesQueryVariables = Exact<{
  filter?: DeliveryFilter | null | undefined;
}>;


export type DeliveryDeliveriesQuery = { deliveries: { nodes: Array<{ event: { id: string } | null }> } | null };

export type DeliveryWebhookQueryVariables = Exact<{
  id: string | number;
}>;


export type DeliveryWebhookQuery = { webhook:
    | { deliveries: { totalCount: number, nodes: Array<{ status: DeliveryStatus }> } | null }
    | Record<PropertyKey, never>
   | null };

export type DeliveryDeliveries2QueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  filter?: DeliveryFilter | null | undefined;
}>;


export type DeliveryDeliveries2Query = { deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, attempts: Array<{ attemptNumber: number, succeeded: boolean }> | null }> } | null };

export type DeliveryDeliveryQueryVariables = Exact<{
  id: string | number;
}>;


export type DeliveryDeliveryQuery = { delivery: { id: string } | null };

export type DeliveryNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type DeliveryNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type DeliveryDeliveries3QueryVariables = Exact<{ [key: string]: never; }>;


export type DeliveryDeliveries3Query = { deliveries: { totalCount: number } | null, events: { totalCount: number } | null, divertedDeliveries: { totalCount: number } | null };

export type DeliveryRedeliverDelivery2MutationVariables = Exact<{
  id: string | number;
}>;


export type DeliveryRedeliverDelivery2Mutation = { redeliverDelivery:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RedeliverDeliveryPayload' }
    | { __typename: 'ValidationError' }
   };

export type DeliveryResendDivertedDeliveries3MutationVariables = Exact<{
  id: string | number;
}>;


export type DeliveryResendDivertedDeliveries3Mutation = { resendDivertedDeliveries:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ResendDivertedDeliveriesPayload' }
    | { __typename: 'ValidationError' }
   };

export type DeliveryTestWebhook2MutationVariables = Exact<{
  id: string | number;
}>;


export type DeliveryTestWebhook2Mutation = { testWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'TestWebhookPayload' }
    | { __typename: 'ValidationError' }
   };

export type DeliveryViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type DeliveryViewerQuery = { viewer: { name: string } | null };

export type DeliveryWebhooksQueryVariables = Exact<{
  first: number;
}>;


export type DeliveryWebhooksQuery = { webhooks: { nodes: Array<
      | { __typename: 'IncomingWebhook', id: string }
      | { __typename: 'OutgoingWebhook', id: string, deliveries: { totalCount: number, nodes: Array<{ id: string, status: DeliveryStatus, attempts: Array<{ responseStatus: number | null }> | null, event: { type: string } | null }> } | null }
    > } | null };

export type DeliveryDeliveries4QueryVariables = Exact<{ [key: string]: never; }>;


export type DeliveryDeliveries4Query = { deliveries: { totalCount: number, nodes: Array<{ id: string, attempts: Array<{ responseStatus: number | null }> | null }> } | null };

export type DeliveryWebhooks2QueryVariables = Exact<{ [key: string]: never; }>;


export type DeliveryWebhooks2Query = { webhooks: { nodes: Array<
      | { deliveries: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string }> } | null }
      | Record<PropertyKey, never>
    > } | null };

export type DeliveryWebhooks3QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type DeliveryWebhooks3Query = { webhooks: { nodes: Array<
      | { deliveries: { pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string }> } | null }
      | Record<PropertyKey, never>
    > } | null };

export type DeliveryDeliveryStatsQueryVariables = Exact<{
  filter?: DeliveryStatsFilter | null | undefined;
}>;


export type DeliveryDeliveryStatsQuery = { deliveryStats: { bucket: StatsBucket, totals: { total: number, succeeded: number, diverted: number, successRate: number | null, attemptCount: number, latencyP50Ms: number | null, latencyP95Ms: number | null, latencyP99Ms: number | null }, series: Array<{ start: string | null, total: number, succeeded: number }> } | null };

export type DeliveryDeliveryStats2QueryVariables = Exact<{ [key: string]: never; }>;


export type DeliveryDeliveryStats2Query = { deliveryStats: { totals: { total: number, diverted: number, successRate: number | null } } | null };

export type DeliveryDeliveryStats3QueryVariables = Exact<{ [key: string]: never; }>;


export type DeliveryDeliveryStats3Query = { deliveryStats: { bucket: StatsBucket } | null };

export type DeliveriesByMessageIdQueryVariables = Exact<{
  filter: DeliveryFilter;
}>;


export type DeliveriesByMessageIdQuery = { deliveries: { totalCount: number, nodes: Array<{ messageId: string, webhook: { id: string } | null, event: { id: string } | null }> } | null };

export type EventsByIdempotencyKeyQueryVariables = Exact<{
  key: string;
}>;


export type EventsByIdempotencyKeyQuery = { events: { totalCount: number, nodes: Array<{ id: string }> } | null };

export type EventsInWindowQueryVariables = Exact<{
  filter: EventFilter;
}>;


export type EventsInWindowQuery = { events: { nodes: Array<{ id: string, createdAt: string }> } | null };

export type DeliveriesInWindowQueryVariables = Exact<{
  filter: DeliveryFilter;
}>;


export type DeliveriesInWindowQuery = { deliveries: { nodes: Array<{ createdAt: string, event: { id: string } | null }> } | null };

export type WebhooksInWindowQueryVariables = Exact<{
  filter: WebhookFilter;
}>;


export type WebhooksInWindowQuery = { webhooks: { nodes: Array<
      | { id: string, createdAt: string }
      | { id: string, createdAt: string }
    > } | null };

export type DeliveryRecentTestMutationVariables = Exact<{
  id: string | number;
}>;


export type DeliveryRecentTestMutation = { testWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'TestWebhookPayload' }
    | { __typename: 'ValidationError' }
   };

export type DeliveryRecentQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DeliveryRecentQuery = { webhooks: { nodes: Array<
      | { id: string }
      | { id: string, recentDeliveries: { succeeded: Array<number>, failed: Array<number>, successRate: number | null } | null }
    > } | null };

export type DestinationDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
}>;


export type DestinationDeliveriesQuery = { deliveries: { nodes: Array<{ status: DeliveryStatus, failureTrigger: FailureTrigger | null, failureMessage: string | null, attempts: Array<{ failureTrigger: FailureTrigger | null, failureMessage: string | null, responseStatus: number | null }> | null }> } | null };

export type DestinationTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DestinationTestWebhookMutation = { testWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'TestWebhookPayload', attempt: { responseStatus: number | null } }
    | { __typename: 'ValidationError' }
   };

export type DestinationTestAttemptMutationVariables = Exact<{
  id: string | number;
}>;


export type DestinationTestAttemptMutation = { testWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'TestWebhookPayload', attempt: { responseStatus: number | null, failureTrigger: FailureTrigger | null, failureMessage: string | null }, delivery: { status: DeliveryStatus } }
    | { __typename: 'ValidationError' }
   };

export type SandboxWebhookCountQueryVariables = Exact<{ [key: string]: never; }>;


export type SandboxWebhookCountQuery = { webhooks: { totalCount: number } | null };

export type SandboxDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
}>;


export type SandboxDeliveriesQuery = { deliveries: { nodes: Array<{ status: DeliveryStatus, attempts: Array<{ failureTrigger: FailureTrigger | null, failureMessage: string | null, responseStatus: number | null }> | null }> } | null };

export type PostgresRestartEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type PostgresRestartEventsQuery = { events: { totalCount: number } | null };

export type GraphqlServerViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlServerViewerQuery = { viewer: { name: string } | null };

export type GraphqlServerViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlServerViewer2Query = { viewer: { tenant: { id: string } } | null, apiKeys: { edges: Array<{ node: { tenant: { id: string } } }> } | null };

export type GraphqlServerViewer3QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlServerViewer3Query = { a: { name: string } | null, b: { name: string } | null, c: { name: string } | null, d: { name: string } | null, e: { name: string } | null, f: { name: string } | null };

export type GraphqlServerApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlServerApiKeysQuery = { apiKeys: { totalCount: number } | null };

export type GraphqlServerApiKeys2QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlServerApiKeys2Query = { apiKeys: { totalCount: number } | null };

export type GraphqlServerApiKeys3QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlServerApiKeys3Query = { apiKeys: { totalCount: number } | null };

export type GraphqlServerCreateApiKeyMutationVariables = Exact<{
  name: string;
}>;


export type GraphqlServerCreateApiKeyMutation = { createApiKey:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateApiKeyPayload' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type GraphqlServerApiKeys4QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlServerApiKeys4Query = { apiKeys: { totalCount: number, nodes: Array<{ id: string }> } | null };

export type GraphqlServerApiKeys5QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type GraphqlServerApiKeys5Query = { apiKeys: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string }> } | null };

export type GraphqlServerApiKeys6QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlServerApiKeys6Query = { apiKeys: { nodes: Array<{ id: string }> } | null };

export type GraphqlServerApiKeys7QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlServerApiKeys7Query = { apiKeys: { nodes: Array<{ id: string }> } | null };

export type GraphqlServerNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type GraphqlServerNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type GraphqlServerNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type GraphqlServerNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type GraphqlServerRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type GraphqlServerRevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RevokeApiKeyPayload' }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   };

export type UpdateIncomingAuthenticationMutationVariables = Exact<{
  input: UpdateIncomingWebhookInput;
}>;


export type UpdateIncomingAuthenticationMutation = { updateIncomingWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateIncomingWebhookPayload', webhook: { authentication: { type: IncomingAuthenticationType, secretHint: string | null } } }
    | { __typename: 'ValidationError' }
   };

export type IncomingAuthenticationPluginsQueryVariables = Exact<{ [key: string]: never; }>;


export type IncomingAuthenticationPluginsQuery = { plugins: Array<{ id: string, versions: Array<{ version: string, authentication: Array<IncomingAuthenticationType> }> }> | null };

export type IncomingWebhookHistoryQueryVariables = Exact<{
  first: number;
}>;


export type IncomingWebhookHistoryQuery = { webhooks: { nodes: Array<
      | { __typename: 'IncomingWebhook', id: string, name: string, events: { totalCount: number, nodes: Array<{ id: string, eventType: IncomingEventType, webhook:
              | { id: string }
              | { id: string }
             | null }> } | null, recoveries: { totalCount: number, nodes: Array<{ eventKey: string }> } | null, alerts: { totalCount: number, nodes: Array<{ id: string, state: AlertState, webhook:
              | { id: string }
              | { id: string }
             | null }> } | null, resolvedAlerts: { totalCount: number, nodes: Array<{ state: AlertState }> } | null }
      | { __typename: 'OutgoingWebhook' }
    > } | null };

export type IncomingWebhookHistoryViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type IncomingWebhookHistoryViewerQuery = { viewer: { name: string } | null };

export type IncomingWebhookHistoryPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type IncomingWebhookHistoryPageQuery = { webhook:
    | { __typename: 'IncomingWebhook', events: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string }> } | null }
    | { __typename: 'OutgoingWebhook' }
   | null };

export type IncomingWebhookLookupQueryVariables = Exact<{
  filter?: WebhookFilter | null | undefined;
}>;


export type IncomingWebhookLookupQuery = { webhooks: { totalCount: number, nodes: Array<
      | { id: string }
      | { id: string }
    > } | null, webhookStats: { total: number } | null };

export type IncomingWebhookLookupRegenerateMutationVariables = Exact<{
  id: string | number;
}>;


export type IncomingWebhookLookupRegenerateMutation = { regenerateAccessKey:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RegenerateAccessKeyPayload', webhook: { accessKey: string | null } }
    | { __typename: 'ValidationError' }
   };

export type IncomingWebhooksPluginsQueryVariables = Exact<{ [key: string]: never; }>;


export type IncomingWebhooksPluginsQuery = { plugins: Array<{ id: string, name: string, latestVersion: string, capability: import('@hookrelay/client').JsonObject, optionsSchema: import('@hookrelay/client').JsonObject, versions: Array<{ version: string, optionsSchema: import('@hookrelay/client').JsonObject }> }> | null };

export type IncomingWebhooksWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type IncomingWebhooksWebhooksQuery = { webhooks: { totalCount: number, nodes: Array<
      | { __typename: 'IncomingWebhook', id: string }
      | { __typename: 'OutgoingWebhook', id: string }
    > } | null };

export type IncomingWebhooksWebhooks2QueryVariables = Exact<{ [key: string]: never; }>;


export type IncomingWebhooksWebhooks2Query = { webhooks: { nodes: Array<
      | { __typename: 'IncomingWebhook' }
      | { __typename: 'OutgoingWebhook' }
    > } | null };

export type IncomingWebhooksDisableWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type IncomingWebhooksDisableWebhookMutation = { disableWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'DisableWebhookPayload' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type IncomingWebhooksEnableWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type IncomingWebhooksEnableWebhookMutation = { enableWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'EnableWebhookPayload' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type IncomingWebhooksNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type IncomingWebhooksNodeQuery = { node:
    | { requests: { total: number, error: number } }
    | Record<PropertyKey, never>
   | null };

export type IncomingWebhooksAlertsQueryVariables = Exact<{
  id: string | number;
}>;


export type IncomingWebhooksAlertsQuery = { alerts: { totalCount: number, nodes: Array<{ state: AlertState, eventCount: number, events: { totalCount: number } | null }> } | null };

export type IncomingWebhooksAlerts2QueryVariables = Exact<{
  id: string | number;
}>;


export type IncomingWebhooksAlerts2Query = { alerts: { nodes: Array<{ id: string, state: AlertState, resolvedAt: string | null, eventCount: number, urgency: Urgency, severity: Severity }> } | null };

export type IncomingWebhooksAlertQueryVariables = Exact<{
  id: string | number;
}>;


export type IncomingWebhooksAlertQuery = { alert: { state: AlertState, webhook:
      | { id: string }
      | { id: string }
     | null } | null };

export type IncomingWebhooksResolveAlertMutationVariables = Exact<{
  id: string | number;
}>;


export type IncomingWebhooksResolveAlertMutation = { resolveAlert:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ResolveAlertPayload', alert: { id: string, state: AlertState, resolvedAt: string | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type IncomingWebhooksAlerts3QueryVariables = Exact<{
  id: string | number;
}>;


export type IncomingWebhooksAlerts3Query = { alerts: { totalCount: number } | null };

export type IncomingWebhooksRegenerateAccessKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type IncomingWebhooksRegenerateAccessKeyMutation = { regenerateAccessKey:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RegenerateAccessKeyPayload', webhook: { webhookUrl: string | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type IncomingWebhooksUpdateWebhookPluginMutationVariables = Exact<{
  input: UpdateWebhookPluginInput;
}>;


export type IncomingWebhooksUpdateWebhookPluginMutation = { updateWebhookPlugin:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'UpdateWebhookPluginPayload', webhook: { plugin: { version: string, upgradeMode: PluginUpgradeMode, options: import('@hookrelay/client').JsonObject, metadata: import('@hookrelay/client').JsonObject } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type IncomingWebhooksVerifyWebhookPluginMutationVariables = Exact<{
  id: string | number;
}>;


export type IncomingWebhooksVerifyWebhookPluginMutation = { verifyWebhookPlugin:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { ok: boolean, message: string }
   };

export type IncomingWebhooksVerifyWebhookPlugin2MutationVariables = Exact<{
  id: string | number;
}>;


export type IncomingWebhooksVerifyWebhookPlugin2Mutation = { verifyWebhookPlugin:
    | { ok: boolean, message: string }
    | Record<PropertyKey, never>
   };

export type IncomingWebhooksUpdateIncomingWebhookMutationVariables = Exact<{
  input: UpdateIncomingWebhookInput;
}>;


export type IncomingWebhooksUpdateIncomingWebhookMutation = { updateIncomingWebhook:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'UpdateIncomingWebhookPayload', webhook: { name: string, projectId: string | null, tags: import('@hookrelay/client').JsonObject } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type IncomingWebhooksUpdateIncomingWebhook2MutationVariables = Exact<{
  input: UpdateIncomingWebhookInput;
}>;


export type IncomingWebhooksUpdateIncomingWebhook2Mutation = { updateIncomingWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateIncomingWebhookPayload' }
    | { __typename: 'ValidationError', issues: Array<{ path: Array<string> }> }
   };

export type IncomingWebhooksDeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type IncomingWebhooksDeleteWebhookMutation = { deleteWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'DeleteWebhookPayload' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type IncomingWebhooksCreateApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type IncomingWebhooksCreateApiKeyMutation = { createApiKey:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type IncomingWebhooksAlerts4QueryVariables = Exact<{ [key: string]: never; }>;


export type IncomingWebhooksAlerts4Query = { alerts: { totalCount: number } | null };

export type IncomingWebhooksIncomingEventsQueryVariables = Exact<{
  filter?: IncomingEventFilter | null | undefined;
}>;


export type IncomingWebhooksIncomingEventsQuery = { incomingEvents: { totalCount: number, nodes: Array<{ eventKey: string }> } | null };

export type IncomingWebhooksIncomingEventStatsQueryVariables = Exact<{
  filter?: IncomingEventStatsFilter | null | undefined;
  groupBy: IncomingEventGroup;
}>;


export type IncomingWebhooksIncomingEventStatsQuery = { incomingEventStats: { total: number, groups: Array<{ key: string | null, count: number }>, series: Array<{ start: string, total: number, groups: Array<{ key: string | null, count: number }> }> } | null };

export type InputLimitsCreateOutgoingWebhookMutationVariables = Exact<{
  headers?: Array<HttpHeaderInput> | HttpHeaderInput | null | undefined;
}>;


export type InputLimitsCreateOutgoingWebhookMutation = { createOutgoingWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateOutgoingWebhookPayload' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', issues: Array<{ path: Array<string>, message: string }> }
   };

export type InputLimitsNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type InputLimitsNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type InputLimitsUpdateOutgoingWebhookMutationVariables = Exact<{
  id: string | number;
  headers?: Array<HttpHeaderInput> | HttpHeaderInput | null | undefined;
}>;


export type InputLimitsUpdateOutgoingWebhookMutation = { updateOutgoingWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateOutgoingWebhookPayload' }
    | { __typename: 'ValidationError', issues: Array<{ path: Array<string>, message: string }> }
   };

export type InputLimitsCreateOutgoingWebhook2MutationVariables = Exact<{ [key: string]: never; }>;


export type InputLimitsCreateOutgoingWebhook2Mutation = { createOutgoingWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateOutgoingWebhookPayload', webhook: { id: string } }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type InputLimitsUpdateOutgoingWebhook2MutationVariables = Exact<{
  input: UpdateOutgoingWebhookInput;
}>;


export type InputLimitsUpdateOutgoingWebhook2Mutation = { updateOutgoingWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateOutgoingWebhookPayload' }
    | { __typename: 'ValidationError', issues: Array<{ path: Array<string>, message: string }> }
   };

export type InputLimitsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type InputLimitsCreateApiKeyMutation = { createApiKey:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateApiKeyPayload' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', issues: Array<{ path: Array<string>, message: string }> }
   };

export type LiveCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type LiveCreateKeyMutation = { createApiKey:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateApiKeyPayload', key: string, apiKey: { id: string } }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type LiveRevokeKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type LiveRevokeKeyMutation = { revokeApiKey:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RevokeApiKeyPayload' }
    | { __typename: 'ValidationError' }
   };

export type LiveRedeliverMutationVariables = Exact<{
  id: string | number;
}>;


export type LiveRedeliverMutation = { redeliverDelivery:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RedeliverDeliveryPayload' }
    | { __typename: 'ValidationError' }
   };

export type LiveInlineSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type LiveInlineSubscription = { deliveryUpdated: { delivery: { eventType: string } | null } };

export type LiveRenamedSubscriptionVariables = Exact<{
  which?: DeliveryUpdateFilter | null | undefined;
}>;


export type LiveRenamedSubscription = { deliveryUpdated: { delivery: { eventType: string } | null } };

export type LiveDisableMutationVariables = Exact<{
  id: string | number;
}>;


export type LiveDisableMutation = { disableWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'DisableWebhookPayload' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type LiveRotateMutationVariables = Exact<{
  id: string | number;
}>;


export type LiveRotateMutation = { rotateWebhookSecret:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RotateWebhookSecretPayload' }
    | { __typename: 'ValidationError' }
   };

export type LiveDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type LiveDeleteMutation = { deleteWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'DeleteWebhookPayload' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type MetricsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsViewerQuery = { viewer: { name: string } | null };

export type MetricsCreateApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type MetricsCreateApiKeyMutation = { createApiKey:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateApiKeyPayload', key: string }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type MetricsWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsWebhooksQuery = { webhooks: { totalCount: number } | null };

export type OutgoingWebhooksDisableWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type OutgoingWebhooksDisableWebhookMutation = { disableWebhook:
    | { webhook:
        | { state: WebhookState, enabled: boolean }
        | { active: boolean, state: WebhookState, enabled: boolean }
       }
    | Record<PropertyKey, never>
   };

export type OutgoingWebhooksEnableWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type OutgoingWebhooksEnableWebhookMutation = { enableWebhook:
    | { webhook:
        | { state: WebhookState, enabled: boolean }
        | { state: WebhookState, enabled: boolean }
       }
    | Record<PropertyKey, never>
   };

export type OutgoingWebhooksDeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type OutgoingWebhooksDeleteWebhookMutation = { deleteWebhook:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DeleteWebhookPayload', deletedId: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type OutgoingWebhooksDeleteWebhook2MutationVariables = Exact<{
  id: string | number;
}>;


export type OutgoingWebhooksDeleteWebhook2Mutation = { deleteWebhook:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DeleteWebhookPayload' }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type OutgoingWebhooksWebhookQueryVariables = Exact<{
  id: string | number;
}>;


export type OutgoingWebhooksWebhookQuery = { webhook:
    | { id: string }
    | { id: string }
   | null };

export type OutgoingWebhooksRotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
  s?: number | null | undefined;
}>;


export type OutgoingWebhooksRotateWebhookSecretMutation = { rotateWebhookSecret:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RotateWebhookSecretPayload', secret: string, webhook: { secretHint: string | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type OutgoingWebhooksWebhook2QueryVariables = Exact<{
  id: string | number;
}>;


export type OutgoingWebhooksWebhook2Query = { webhook:
    | { suspended: boolean, active: boolean, suspendReason: string | null }
    | Record<PropertyKey, never>
   | null };

export type OutgoingWebhooksUnsuspendWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type OutgoingWebhooksUnsuspendWebhookMutation = { unsuspendWebhook:
    | { webhook: { suspended: boolean, suspendedAt: string | null, suspendReason: string | null, consecutiveFailures: number, active: boolean } }
    | Record<PropertyKey, never>
   };

export type OutgoingWebhooksWebhook3QueryVariables = Exact<{
  id: string | number;
}>;


export type OutgoingWebhooksWebhook3Query = { webhook:
    | { name: string, enabled: boolean }
    | { name: string, enabled: boolean }
   | null };

export type OutgoingWebhooksCreateApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type OutgoingWebhooksCreateApiKeyMutation = { createApiKey:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateApiKeyPayload', key: string }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type OutgoingWebhooksCreateApiKey2MutationVariables = Exact<{ [key: string]: never; }>;


export type OutgoingWebhooksCreateApiKey2Mutation = { createApiKey:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateApiKeyPayload', key: string }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type OutgoingWebhooksWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type OutgoingWebhooksWebhooksQuery = { webhooks: { totalCount: number } | null };

export type OutgoingWebhooksWebhookStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type OutgoingWebhooksWebhookStatsQuery = { webhookStats: { total: number } | null };

export type OutgoingWebhooksWebhook4QueryVariables = Exact<{
  id: string | number;
}>;


export type OutgoingWebhooksWebhook4Query = { webhook:
    | { enabled: boolean }
    | { enabled: boolean }
   | null };

export type OutgoingWebhooksApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type OutgoingWebhooksApiKeysQuery = { apiKeys: { nodes: Array<{ id: string }> } | null };

export type OutgoingWebhooksDisableWebhook2MutationVariables = Exact<{
  id: string | number;
}>;


export type OutgoingWebhooksDisableWebhook2Mutation = { disableWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'DisableWebhookPayload' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type QueryCostWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryCostWebhooksQuery = { webhooks: { nodes: Array<
      | { deliveries: { nodes: Array<{ status: DeliveryStatus }> } | null }
      | Record<PropertyKey, never>
    > } | null };

export type QueryCostWarmKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryCostWarmKeyQuery = { viewer: { name: string } | null };

export type QueryCostViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryCostViewerQuery = { viewer: { name: string } | null };

export type QueryCostWebhooks2QueryVariables = Exact<{ [key: string]: never; }>;


export type QueryCostWebhooks2Query = { webhooks: { nodes: Array<
      | { deliveries: { nodes: Array<{ attempts: Array<{ durationMs: number }> | null }> } | null }
      | Record<PropertyKey, never>
    > } | null };

export type RegisteredPluginsRegisterMutationVariables = Exact<{
  input: RegisterPluginInput;
}>;


export type RegisteredPluginsRegisterMutation = { registerPlugin:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RegisterPluginPayload', plugin: { id: string, source: PluginSource, url: string | null, secretHint: string | null, latestVersion: string, versions: Array<{ version: string, authentication: Array<IncomingAuthenticationType> }> } }
    | { __typename: 'ValidationError', issues: Array<{ path: Array<string>, message: string }> }
   };

export type RegisteredPluginsVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type RegisteredPluginsVersionQuery = { webhook:
    | { __typename: 'IncomingWebhook', plugin: { version: string, upgradeMode: PluginUpgradeMode, metadata: import('@hookrelay/client').JsonObject } }
    | { __typename: 'OutgoingWebhook' }
   | null };

export type RegisteredPluginsUpdateWebhookPluginMutationVariables = Exact<{
  input: UpdateWebhookPluginInput;
}>;


export type RegisteredPluginsUpdateWebhookPluginMutation = { updateWebhookPlugin:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateWebhookPluginPayload' }
    | { __typename: 'ValidationError', issues: Array<{ path: Array<string>, message: string }> }
   };

export type RegisteredPluginsUpdateMutationVariables = Exact<{
  input: UpdateRegisteredPluginInput;
}>;


export type RegisteredPluginsUpdateMutation = { updateRegisteredPlugin:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateRegisteredPluginPayload', plugin: { latestVersion: string } }
    | { __typename: 'ValidationError', issues: Array<{ path: Array<string>, message: string }> }
   };

export type RegisteredPluginsListQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisteredPluginsListQuery = { plugins: Array<{ id: string, source: PluginSource }> | null };

export type RegisteredPluginsListOtherQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisteredPluginsListOtherQuery = { plugins: Array<{ id: string }> | null };

export type RegisteredPluginsAlertsQueryVariables = Exact<{
  id: string | number;
}>;


export type RegisteredPluginsAlertsQuery = { webhook:
    | { __typename: 'IncomingWebhook', alerts: { nodes: Array<{ state: AlertState, eventKey: string }> } | null }
    | { __typename: 'OutgoingWebhook' }
   | null };

export type RegisteredPluginsUnregisterMutationVariables = Exact<{
  pluginId: string;
}>;


export type RegisteredPluginsUnregisterMutation = { unregisterPlugin:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UnregisterPluginPayload' }
    | { __typename: 'ValidationError' }
   };

export type RegisteredPluginsDeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type RegisteredPluginsDeleteWebhookMutation = { deleteWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'DeleteWebhookPayload' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type SecretFieldsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type SecretFieldsCreateApiKeyMutation = { createApiKey:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type SecretFieldsCreateIncomingWebhookMutationVariables = Exact<{ [key: string]: never; }>;


export type SecretFieldsCreateIncomingWebhookMutation = { createIncomingWebhook:
    | { webhook: { id: string, webhookUrl: string | null, accessKey: string | null } }
    | Record<PropertyKey, never>
   };

export type SecretFieldsCreateIncomingWebhook2MutationVariables = Exact<{ [key: string]: never; }>;


export type SecretFieldsCreateIncomingWebhook2Mutation = { createIncomingWebhook:
    | { webhook: { id: string, webhookUrl: string | null } }
    | Record<PropertyKey, never>
   };

export type SecretFieldsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type SecretFieldsNodeQuery = { node:
    | { webhookUrl: string | null }
    | Record<PropertyKey, never>
   | null };

export type SecretFieldsCreateOutgoingWebhookMutationVariables = Exact<{
  url: string;
  headers?: Array<HttpHeaderInput> | HttpHeaderInput | null | undefined;
}>;


export type SecretFieldsCreateOutgoingWebhookMutation = { createOutgoingWebhook:
    | { webhook: { id: string, headers: Array<{ name: string, values: Array<string> }> } }
    | Record<PropertyKey, never>
   };

export type SecretFieldsNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type SecretFieldsNode2Query = { node:
    | { name: string, headers: Array<{ name: string, values: Array<string> }> }
    | Record<PropertyKey, never>
   | null };

export type SecretFieldsTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type SecretFieldsTestWebhookMutation = { testWebhook:
    | { delivery: { id: string } }
    | Record<PropertyKey, never>
   };

export type SecretFieldsNode3QueryVariables = Exact<{
  id: string | number;
}>;


export type SecretFieldsNode3Query = { node:
    | { attempts: Array<{ requestHeaders: Array<{ name: string, value: string }> }> | null }
    | Record<PropertyKey, never>
   | null };

export type StatisticsWebhookStatsQueryVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
  groupBy: Array<WebhookStatsGroup> | WebhookStatsGroup;
  aggregates?: Array<WebhookStatsAggregateInput> | WebhookStatsAggregateInput | null | undefined;
  orderBy?: StatsOrder | null | undefined;
  limit?: number | null | undefined;
}>;


export type StatisticsWebhookStatsQuery = { webhookStats: { total: number, totals: Array<{ function: AggregateFunction, field: WebhookStatsField, value: number | null }>, rows: Array<{ kind: WebhookKind | null, pluginId: string | null, capability: import('@hookrelay/client').JsonObject | null, eventType: string | null, count: number, aggregates: Array<{ function: AggregateFunction, field: WebhookStatsField, value: number | null }> }> } | null };

export type StatisticsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type StatisticsViewerQuery = { viewer: { name: string } | null };

export type StatisticsIncomingEventStatsQueryVariables = Exact<{
  webhookId?: string | number | null | undefined;
  groupBy: IncomingEventGroup;
  thenBy?: Array<IncomingEventGroup> | IncomingEventGroup | null | undefined;
  aggregates?: Array<IncomingEventStatsAggregateInput> | IncomingEventStatsAggregateInput | null | undefined;
  orderBy?: StatsOrder | null | undefined;
  limit?: number | null | undefined;
}>;


export type StatisticsIncomingEventStatsQuery = { incomingEventStats: { total: number, groups: Array<{ key: string | null, keys: Array<string | null>, count: number, aggregates: Array<{ value: number | null }> }>, series: Array<{ total: number, groups: Array<{ key: string | null, count: number }> }> } | null };

export type StatisticsViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type StatisticsViewer2Query = { viewer: { name: string } | null };

export type SwitchesViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SwitchesViewerQuery = { viewer: { name: string } | null };

export type TypedErrorsDeleteWebhookMutationVariables = Exact<{ [key: string]: never; }>;


export type TypedErrorsDeleteWebhookMutation = { deleteWebhook:
    | { __typename: 'ConflictError' }
    | { __typename: 'DeleteWebhookPayload' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', issues: Array<{ path: Array<string>, message: string }> }
   };

export type TypedErrorsResendDivertedDeliveriesMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type TypedErrorsResendDivertedDeliveriesMutation = { resendDivertedDeliveries:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ResendDivertedDeliveriesPayload' }
    | { __typename: 'ValidationError', issues: Array<{ path: Array<string> }> }
   };

export type TypedErrorsNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type TypedErrorsNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type TypedErrorsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TypedErrorsViewerQuery = { viewer: { name: string } | null };

export type WebhookListingWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookListingWebhooksQuery = { webhooks: { totalCount: number } | null };

export type WebhookListingWebhooks2QueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookListingWebhooks2Query = { webhooks: { totalCount: number } | null };

export type WebhookListingWebhookStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookListingWebhookStatsQuery = { webhookStats: { total: number, rows: Array<{ state: WebhookState | null, projectId: string | null, count: number, kind: WebhookKind | null }> } | null };

export type WebhookListingWebhookStats2QueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookListingWebhookStats2Query = { webhookStats: { total: number, rows: Array<{ kind: WebhookKind | null, suspended: boolean | null, eventType: string | null, count: number }> } | null };

export type WebhookListingWebhookStats3QueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookListingWebhookStats3Query = { webhookStats: { total: number, rows: Array<{ createdDay: string | null, count: number }> } | null };

export type WebhookListingWebhookStats4QueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookListingWebhookStats4Query = { webhookStats: { total: number } | null };

export type WebhookListingWebhooks3QueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookListingWebhooks3Query = { webhooks: { totalCount: number, nodes: Array<
      | { id: string, kind: WebhookKind, name: string, state: WebhookState, enabled: boolean, projectId: string | null, tags: import('@hookrelay/client').JsonObject, createdAt: string, updatedAt: string }
      | { url: string, eventTypes: Array<string>, secretHint: string | null, suspended: boolean, active: boolean, lastFailureAt: string | null, consecutiveFailures: number, id: string, kind: WebhookKind, name: string, state: WebhookState, enabled: boolean, projectId: string | null, tags: import('@hookrelay/client').JsonObject, createdAt: string, updatedAt: string, headers: Array<{ name: string, values: Array<string> }>, failureHandling: { timeoutSeconds: number } }
    > } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MutationErrorFragmentDoc = new TypedDocumentString(`
    fragment MutationError on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ForbiddenError {
    missingScope
  }
}
    `, {"fragmentName":"MutationError"}) as unknown as TypedDocumentString<MutationErrorFragment, unknown>;
export const AuthViewerDocument = new TypedDocumentString(`
    query AuthViewer {
  viewer {
    name
    scopes
    tenant {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthViewerQuery, AuthViewerQueryVariables>;
export const AuthCreateApiKeyDocument = new TypedDocumentString(`
    mutation AuthCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreateApiKeyPayload {
      key
      apiKey {
        id
        name
        prefix
        scopes
        expiresAt
        revoked
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on ForbiddenError {
      missingScope
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AuthCreateApiKeyMutation, AuthCreateApiKeyMutationVariables>;
export const AuthRevokeApiKeyDocument = new TypedDocumentString(`
    mutation AuthRevokeApiKey($id: ID!) {
  revokeApiKey(input: {id: $id}) {
    __typename
    ... on RevokeApiKeyPayload {
      apiKey {
        id
        revoked
        revokedAt
      }
    }
    ... on NotFoundError {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthRevokeApiKeyMutation, AuthRevokeApiKeyMutationVariables>;
export const AuthViewer2Document = new TypedDocumentString(`
    query AuthViewer2 {
  viewer {
    name
    scopes
  }
}
    `) as unknown as TypedDocumentString<AuthViewer2Query, AuthViewer2QueryVariables>;
export const AuthApiKeysDocument = new TypedDocumentString(`
    query AuthApiKeys {
  apiKeys(first: 100) {
    nodes {
      id
      prefix
    }
  }
}
    `) as unknown as TypedDocumentString<AuthApiKeysQuery, AuthApiKeysQueryVariables>;
export const AuthNodeDocument = new TypedDocumentString(`
    query AuthNode($id: ID!) {
  node(id: $id) {
    __typename
    ... on ApiKey {
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AuthNodeQuery, AuthNodeQueryVariables>;
export const AuthApiKeys2Document = new TypedDocumentString(`
    query AuthApiKeys2 {
  apiKeys {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthApiKeys2Query, AuthApiKeys2QueryVariables>;
export const AuthApiKeys3Document = new TypedDocumentString(`
    query AuthApiKeys3 {
  apiKeys {
    totalCount
  }
  webhooks(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthApiKeys3Query, AuthApiKeys3QueryVariables>;
export const AuthWebhookDocument = new TypedDocumentString(`
    query AuthWebhook($id: ID!) {
  webhook(id: $id) {
    name
  }
  viewer {
    name
  }
}
    `) as unknown as TypedDocumentString<AuthWebhookQuery, AuthWebhookQueryVariables>;
export const AuthNodesDocument = new TypedDocumentString(`
    query AuthNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthNodesQuery, AuthNodesQueryVariables>;
export const AuthDeliveryDocument = new TypedDocumentString(`
    query AuthDelivery($id: ID!) {
  delivery(id: $id) {
    id
    status
    event {
      type
    }
    webhook {
      name
      url
    }
  }
}
    `) as unknown as TypedDocumentString<AuthDeliveryQuery, AuthDeliveryQueryVariables>;
export const AuthWebhook2Document = new TypedDocumentString(`
    query AuthWebhook2($id: ID!) {
  webhook(id: $id) {
    name
    ... on OutgoingWebhook {
      url
      deliveries {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthWebhook2Query, AuthWebhook2QueryVariables>;
export const AuthNode2Document = new TypedDocumentString(`
    query AuthNode2($id: ID!) {
  node(id: $id) {
    id
    ... on Delivery {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AuthNode2Query, AuthNode2QueryVariables>;
export const AuthCreateOutgoingWebhookDocument = new TypedDocumentString(`
    mutation AuthCreateOutgoingWebhook {
  createOutgoingWebhook(
    input: {name: "added", url: "https://added.example.com/", eventTypes: ["a.b"]}
  ) {
    __typename
    ... on CreateOutgoingWebhookPayload {
      secret
      webhook {
        name
        url
        eventTypes
        deliveries {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthCreateOutgoingWebhookMutation, AuthCreateOutgoingWebhookMutationVariables>;
export const AuthViewer3Document = new TypedDocumentString(`
    query AuthViewer3 {
  viewer {
    apiKeyId
    tenant {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthViewer3Query, AuthViewer3QueryVariables>;
export const AuthNode3Document = new TypedDocumentString(`
    query AuthNode3($id: ID!) {
  node(id: $id) {
    id
    ... on Tenant {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthNode3Query, AuthNode3QueryVariables>;
export const AuthNode4Document = new TypedDocumentString(`
    query AuthNode4($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthNode4Query, AuthNode4QueryVariables>;
export const BackPressureCreateIncomingWebhookDocument = new TypedDocumentString(`
    mutation BackPressureCreateIncomingWebhook {
  createIncomingWebhook(input: {name: "busy", plugin: {pluginId: "generic-json"}}) {
    ... on CreateIncomingWebhookPayload {
      webhook {
        webhookUrl
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BackPressureCreateIncomingWebhookMutation, BackPressureCreateIncomingWebhookMutationVariables>;
export const BackPressureViewerDocument = new TypedDocumentString(`
    query BackPressureViewer {
  viewer {
    name
  }
}
    `) as unknown as TypedDocumentString<BackPressureViewerQuery, BackPressureViewerQueryVariables>;
export const BackPressurePublishEventDocument = new TypedDocumentString(`
    mutation BackPressurePublishEvent {
  publishEvent(
    input: {type: "pressure.held", idempotencyKey: "held", payload: {}}
  ) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<BackPressurePublishEventMutation, BackPressurePublishEventMutationVariables>;
export const DeliveryControlUnsuspendDocument = new TypedDocumentString(`
    mutation DeliveryControlUnsuspend($id: ID!) {
  unsuspendWebhook(input: {id: $id}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DeliveryControlUnsuspendMutation, DeliveryControlUnsuspendMutationVariables>;
export const DeliveryWorkerTestWebhookDocument = new TypedDocumentString(`
    mutation DeliveryWorkerTestWebhook($id: ID!) {
  testWebhook(input: {id: $id}) {
    ... on TestWebhookPayload {
      attempt {
        failureTrigger
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryWorkerTestWebhookMutation, DeliveryWorkerTestWebhookMutationVariables>;
export const DeliveryCreateApiKeyDocument = new TypedDocumentString(`
    mutation DeliveryCreateApiKey {
  createApiKey(input: {name: "reader", scopes: [WEBHOOKS_VIEW]}) {
    ... on CreateApiKeyPayload {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryCreateApiKeyMutation, DeliveryCreateApiKeyMutationVariables>;
export const DeliveryPublishEventsDocument = new TypedDocumentString(`
    mutation DeliveryPublishEvents($input: PublishEventsInput!) {
  publishEvents(input: $input) {
    __typename
    ... on PublishEventsPayload {
      results {
        deliveryCount
        duplicate
        event {
          id
          type
          payload
        }
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ForbiddenError {
    missingScope
  }
}`) as unknown as TypedDocumentString<DeliveryPublishEventsMutation, DeliveryPublishEventsMutationVariables>;
export const DeliveryCreateApiKey2Document = new TypedDocumentString(`
    mutation DeliveryCreateApiKey2 {
  createApiKey(input: {name: "batch reader", scopes: [WEBHOOKS_VIEW]}) {
    ... on CreateApiKeyPayload {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryCreateApiKey2Mutation, DeliveryCreateApiKey2MutationVariables>;
export const DeliveryDivertedDeliveriesDocument = new TypedDocumentString(`
    query DeliveryDivertedDeliveries($filter: DivertedDeliveryFilter) {
  divertedDeliveries(first: 10, filter: $filter) {
    totalCount
    nodes {
      id
      eventType
      failureTrigger
      failureMessage
      failureTimestamp
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryDivertedDeliveriesQuery, DeliveryDivertedDeliveriesQueryVariables>;
export const DeliveryResendDivertedDeliveriesDocument = new TypedDocumentString(`
    mutation DeliveryResendDivertedDeliveries($input: ResendDivertedDeliveriesInput!) {
  resendDivertedDeliveries(input: $input) {
    __typename
    ... on ResendDivertedDeliveriesPayload {
      resentCount
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ForbiddenError {
    missingScope
  }
}`) as unknown as TypedDocumentString<DeliveryResendDivertedDeliveriesMutation, DeliveryResendDivertedDeliveriesMutationVariables>;
export const DeliveryDeleteDivertedDeliveriesDocument = new TypedDocumentString(`
    mutation DeliveryDeleteDivertedDeliveries($input: DeleteDivertedDeliveriesInput!) {
  deleteDivertedDeliveries(input: $input) {
    __typename
    ... on DeleteDivertedDeliveriesPayload {
      deletedCount
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ForbiddenError {
    missingScope
  }
}`) as unknown as TypedDocumentString<DeliveryDeleteDivertedDeliveriesMutation, DeliveryDeleteDivertedDeliveriesMutationVariables>;
export const DeliveryResendDivertedDeliveries2Document = new TypedDocumentString(`
    mutation DeliveryResendDivertedDeliveries2($input: ResendDivertedDeliveriesInput!) {
  resendDivertedDeliveries(input: $input) {
    __typename
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ForbiddenError {
    missingScope
  }
}`) as unknown as TypedDocumentString<DeliveryResendDivertedDeliveries2Mutation, DeliveryResendDivertedDeliveries2MutationVariables>;
export const DeliveryUnsuspendWebhookDocument = new TypedDocumentString(`
    mutation DeliveryUnsuspendWebhook($input: UnsuspendWebhookInput!) {
  unsuspendWebhook(input: $input) {
    __typename
    ... on UnsuspendWebhookPayload {
      resentCount
      webhook {
        suspended
        consecutiveFailures
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryUnsuspendWebhookMutation, DeliveryUnsuspendWebhookMutationVariables>;
export const DeliveryRotateWebhookSecretDocument = new TypedDocumentString(`
    mutation DeliveryRotateWebhookSecret($id: ID!) {
  rotateWebhookSecret(input: {id: $id, expireCurrentInSeconds: 3600}) {
    ... on RotateWebhookSecretPayload {
      secret
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryRotateWebhookSecretMutation, DeliveryRotateWebhookSecretMutationVariables>;
export const DeliveryMoveWebhookDocument = new TypedDocumentString(`
    mutation DeliveryMoveWebhook($input: UpdateOutgoingWebhookInput!) {
  updateOutgoingWebhook(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DeliveryMoveWebhookMutation, DeliveryMoveWebhookMutationVariables>;
export const DeliveryRotateNowDocument = new TypedDocumentString(`
    mutation DeliveryRotateNow($id: ID!) {
  rotateWebhookSecret(input: {id: $id, expireCurrentInSeconds: 0}) {
    ... on RotateWebhookSecretPayload {
      secret
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryRotateNowMutation, DeliveryRotateNowMutationVariables>;
export const DeliveryTestWebhookDocument = new TypedDocumentString(`
    mutation DeliveryTestWebhook($input: TestWebhookInput!) {
  testWebhook(input: $input) {
    __typename
    ... on TestWebhookPayload {
      delivery {
        id
        isTest
        status
        eventType
      }
      attempt {
        attemptNumber
        responseStatus
        durationMs
        responseBody
        succeeded
        failureTrigger
        failureMessage
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ForbiddenError {
    missingScope
  }
}`) as unknown as TypedDocumentString<DeliveryTestWebhookMutation, DeliveryTestWebhookMutationVariables>;
export const DeliveryRedeliverDeliveryDocument = new TypedDocumentString(`
    mutation DeliveryRedeliverDelivery($input: RedeliverDeliveryInput!) {
  redeliverDelivery(input: $input) {
    __typename
    ... on RedeliverDeliveryPayload {
      delivery {
        id
        status
        messageId
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ForbiddenError {
    missingScope
  }
}`) as unknown as TypedDocumentString<DeliveryRedeliverDeliveryMutation, DeliveryRedeliverDeliveryMutationVariables>;
export const DeliveryEventsDocument = new TypedDocumentString(`
    query DeliveryEvents($filter: EventFilter) {
  events(first: 10, filter: $filter) {
    totalCount
    nodes {
      id
      type
      payload
      deliveries(first: 5) {
        totalCount
        nodes {
          status
          webhook {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryEventsQuery, DeliveryEventsQueryVariables>;
export const DeliveryDeliveriesDocument = new TypedDocumentString(`
    query DeliveryDeliveries($filter: DeliveryFilter) {
  deliveries(
    first: 10
    filter: $filter
    orderBy: {field: CREATED_AT, direction: ASC}
  ) {
    nodes {
      event {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryDeliveriesQuery, DeliveryDeliveriesQueryVariables>;
export const DeliveryWebhookDocument = new TypedDocumentString(`
    query DeliveryWebhook($id: ID!) {
  webhook(id: $id) {
    ... on OutgoingWebhook {
      deliveries(first: 1, status: SUCCEEDED) {
        totalCount
        nodes {
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryWebhookQuery, DeliveryWebhookQueryVariables>;
export const DeliveryDeliveries2Document = new TypedDocumentString(`
    query DeliveryDeliveries2($after: String, $before: String, $first: Int, $last: Int, $filter: DeliveryFilter) {
  deliveries(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      id
      attempts {
        attemptNumber
        succeeded
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryDeliveries2Query, DeliveryDeliveries2QueryVariables>;
export const DeliveryDeliveryDocument = new TypedDocumentString(`
    query DeliveryDelivery($id: ID!) {
  delivery(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeliveryDeliveryQuery, DeliveryDeliveryQueryVariables>;
export const DeliveryNodeDocument = new TypedDocumentString(`
    query DeliveryNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeliveryNodeQuery, DeliveryNodeQueryVariables>;
export const DeliveryDeliveries3Document = new TypedDocumentString(`
    query DeliveryDeliveries3 {
  deliveries(first: 100) {
    totalCount
  }
  events(first: 1) {
    totalCount
  }
  divertedDeliveries(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DeliveryDeliveries3Query, DeliveryDeliveries3QueryVariables>;
export const DeliveryRedeliverDelivery2Document = new TypedDocumentString(`
    mutation DeliveryRedeliverDelivery2($id: ID!) {
  redeliverDelivery(input: {id: $id}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DeliveryRedeliverDelivery2Mutation, DeliveryRedeliverDelivery2MutationVariables>;
export const DeliveryResendDivertedDeliveries3Document = new TypedDocumentString(`
    mutation DeliveryResendDivertedDeliveries3($id: ID!) {
  resendDivertedDeliveries(input: {ids: [$id]}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DeliveryResendDivertedDeliveries3Mutation, DeliveryResendDivertedDeliveries3MutationVariables>;
export const DeliveryTestWebhook2Document = new TypedDocumentString(`
    mutation DeliveryTestWebhook2($id: ID!) {
  testWebhook(input: {id: $id}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DeliveryTestWebhook2Mutation, DeliveryTestWebhook2MutationVariables>;
export const DeliveryViewerDocument = new TypedDocumentString(`
    query DeliveryViewer {
  viewer {
    name
  }
}
    `) as unknown as TypedDocumentString<DeliveryViewerQuery, DeliveryViewerQueryVariables>;
export const DeliveryWebhooksDocument = new TypedDocumentString(`
    query DeliveryWebhooks($first: Int!) {
  webhooks(first: $first) {
    nodes {
      __typename
      id
      ... on OutgoingWebhook {
        deliveries(first: 5) {
          totalCount
          nodes {
            id
            status
            attempts {
              responseStatus
            }
            event {
              type
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryWebhooksQuery, DeliveryWebhooksQueryVariables>;
export const DeliveryDeliveries4Document = new TypedDocumentString(`
    query DeliveryDeliveries4 {
  deliveries(first: 50) {
    totalCount
    nodes {
      id
      attempts {
        responseStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryDeliveries4Query, DeliveryDeliveries4QueryVariables>;
export const DeliveryWebhooks2Document = new TypedDocumentString(`
    query DeliveryWebhooks2 {
  webhooks(first: 1) {
    nodes {
      ... on OutgoingWebhook {
        deliveries(first: 4) {
          pageInfo {
            endCursor
            hasNextPage
          }
          nodes {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryWebhooks2Query, DeliveryWebhooks2QueryVariables>;
export const DeliveryWebhooks3Document = new TypedDocumentString(`
    query DeliveryWebhooks3($after: String) {
  webhooks(first: 1) {
    nodes {
      ... on OutgoingWebhook {
        deliveries(first: 4, after: $after) {
          pageInfo {
            hasNextPage
          }
          nodes {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryWebhooks3Query, DeliveryWebhooks3QueryVariables>;
export const DeliveryDeliveryStatsDocument = new TypedDocumentString(`
    query DeliveryDeliveryStats($filter: DeliveryStatsFilter) {
  deliveryStats(filter: $filter, bucket: MINUTE) {
    bucket
    totals {
      total
      succeeded
      diverted
      successRate
      attemptCount
      latencyP50Ms
      latencyP95Ms
      latencyP99Ms
    }
    series {
      start
      total
      succeeded
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryDeliveryStatsQuery, DeliveryDeliveryStatsQueryVariables>;
export const DeliveryDeliveryStats2Document = new TypedDocumentString(`
    query DeliveryDeliveryStats2 {
  deliveryStats(filter: {eventType: "stats.bad"}) {
    totals {
      total
      diverted
      successRate
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryDeliveryStats2Query, DeliveryDeliveryStats2QueryVariables>;
export const DeliveryDeliveryStats3Document = new TypedDocumentString(`
    query DeliveryDeliveryStats3 {
  deliveryStats(filter: {from: "2020-01-01T00:00:00Z"}, bucket: MINUTE) {
    bucket
  }
}
    `) as unknown as TypedDocumentString<DeliveryDeliveryStats3Query, DeliveryDeliveryStats3QueryVariables>;
export const DeliveriesByMessageIdDocument = new TypedDocumentString(`
    query DeliveriesByMessageId($filter: DeliveryFilter!) {
  deliveries(filter: $filter) {
    totalCount
    nodes {
      messageId
      webhook {
        id
      }
      event {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveriesByMessageIdQuery, DeliveriesByMessageIdQueryVariables>;
export const EventsByIdempotencyKeyDocument = new TypedDocumentString(`
    query EventsByIdempotencyKey($key: String!) {
  events(filter: {idempotencyKey: $key}) {
    totalCount
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EventsByIdempotencyKeyQuery, EventsByIdempotencyKeyQueryVariables>;
export const EventsInWindowDocument = new TypedDocumentString(`
    query EventsInWindow($filter: EventFilter!) {
  events(filter: $filter) {
    nodes {
      id
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<EventsInWindowQuery, EventsInWindowQueryVariables>;
export const DeliveriesInWindowDocument = new TypedDocumentString(`
    query DeliveriesInWindow($filter: DeliveryFilter!) {
  deliveries(filter: $filter) {
    nodes {
      createdAt
      event {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveriesInWindowQuery, DeliveriesInWindowQueryVariables>;
export const WebhooksInWindowDocument = new TypedDocumentString(`
    query WebhooksInWindow($filter: WebhookFilter!) {
  webhooks(filter: $filter) {
    nodes {
      id
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksInWindowQuery, WebhooksInWindowQueryVariables>;
export const DeliveryRecentTestDocument = new TypedDocumentString(`
    mutation DeliveryRecentTest($id: ID!) {
  testWebhook(input: {id: $id}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DeliveryRecentTestMutation, DeliveryRecentTestMutationVariables>;
export const DeliveryRecentDocument = new TypedDocumentString(`
    query DeliveryRecent($ids: [ID!]!) {
  webhooks(filter: {ids: $ids}) {
    nodes {
      id
      ... on OutgoingWebhook {
        recentDeliveries {
          succeeded
          failed
          successRate
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryRecentQuery, DeliveryRecentQueryVariables>;
export const DestinationDeliveriesDocument = new TypedDocumentString(`
    query DestinationDeliveries($webhookId: ID!) {
  deliveries(first: 10, filter: {webhookId: $webhookId}) {
    nodes {
      status
      failureTrigger
      failureMessage
      attempts {
        failureTrigger
        failureMessage
        responseStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DestinationDeliveriesQuery, DestinationDeliveriesQueryVariables>;
export const DestinationTestWebhookDocument = new TypedDocumentString(`
    mutation DestinationTestWebhook($id: ID!) {
  testWebhook(input: {id: $id}) {
    __typename
    ... on TestWebhookPayload {
      attempt {
        responseStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DestinationTestWebhookMutation, DestinationTestWebhookMutationVariables>;
export const DestinationTestAttemptDocument = new TypedDocumentString(`
    mutation DestinationTestAttempt($id: ID!) {
  testWebhook(input: {id: $id}) {
    __typename
    ... on TestWebhookPayload {
      attempt {
        responseStatus
        failureTrigger
        failureMessage
      }
      delivery {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DestinationTestAttemptMutation, DestinationTestAttemptMutationVariables>;
export const SandboxWebhookCountDocument = new TypedDocumentString(`
    query SandboxWebhookCount {
  webhooks(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SandboxWebhookCountQuery, SandboxWebhookCountQueryVariables>;
export const SandboxDeliveriesDocument = new TypedDocumentString(`
    query SandboxDeliveries($webhookId: ID!) {
  deliveries(first: 10, filter: {webhookId: $webhookId}) {
    nodes {
      status
      attempts {
        failureTrigger
        failureMessage
        responseStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SandboxDeliveriesQuery, SandboxDeliveriesQueryVariables>;
export const PostgresRestartEventsDocument = new TypedDocumentString(`
    query PostgresRestartEvents {
  events(first: 100) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PostgresRestartEventsQuery, PostgresRestartEventsQueryVariables>;
export const GraphqlServerViewerDocument = new TypedDocumentString(`
    query GraphqlServerViewer {
  viewer {
    name
  }
}
    `) as unknown as TypedDocumentString<GraphqlServerViewerQuery, GraphqlServerViewerQueryVariables>;
export const GraphqlServerViewer2Document = new TypedDocumentString(`
    query GraphqlServerViewer2 {
  viewer {
    tenant {
      id
    }
  }
  apiKeys {
    edges {
      node {
        tenant {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GraphqlServerViewer2Query, GraphqlServerViewer2QueryVariables>;
export const GraphqlServerViewer3Document = new TypedDocumentString(`
    query GraphqlServerViewer3 {
  a: viewer {
    name
  }
  b: viewer {
    name
  }
  c: viewer {
    name
  }
  d: viewer {
    name
  }
  e: viewer {
    name
  }
  f: viewer {
    name
  }
}
    `) as unknown as TypedDocumentString<GraphqlServerViewer3Query, GraphqlServerViewer3QueryVariables>;
export const GraphqlServerApiKeysDocument = new TypedDocumentString(`
    query GraphqlServerApiKeys {
  apiKeys(first: 101) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GraphqlServerApiKeysQuery, GraphqlServerApiKeysQueryVariables>;
export const GraphqlServerApiKeys2Document = new TypedDocumentString(`
    query GraphqlServerApiKeys2 {
  apiKeys(last: 101) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GraphqlServerApiKeys2Query, GraphqlServerApiKeys2QueryVariables>;
export const GraphqlServerApiKeys3Document = new TypedDocumentString(`
    query GraphqlServerApiKeys3 {
  apiKeys(first: 100) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GraphqlServerApiKeys3Query, GraphqlServerApiKeys3QueryVariables>;
export const GraphqlServerCreateApiKeyDocument = new TypedDocumentString(`
    mutation GraphqlServerCreateApiKey($name: String!) {
  createApiKey(input: {name: $name, scopes: [WEBHOOKS_VIEW]}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<GraphqlServerCreateApiKeyMutation, GraphqlServerCreateApiKeyMutationVariables>;
export const GraphqlServerApiKeys4Document = new TypedDocumentString(`
    query GraphqlServerApiKeys4 {
  apiKeys {
    totalCount
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GraphqlServerApiKeys4Query, GraphqlServerApiKeys4QueryVariables>;
export const GraphqlServerApiKeys5Document = new TypedDocumentString(`
    query GraphqlServerApiKeys5($after: String) {
  apiKeys(first: 2, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GraphqlServerApiKeys5Query, GraphqlServerApiKeys5QueryVariables>;
export const GraphqlServerApiKeys6Document = new TypedDocumentString(`
    query GraphqlServerApiKeys6 {
  apiKeys(last: 2) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GraphqlServerApiKeys6Query, GraphqlServerApiKeys6QueryVariables>;
export const GraphqlServerApiKeys7Document = new TypedDocumentString(`
    query GraphqlServerApiKeys7 {
  apiKeys(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GraphqlServerApiKeys7Query, GraphqlServerApiKeys7QueryVariables>;
export const GraphqlServerNodeDocument = new TypedDocumentString(`
    query GraphqlServerNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<GraphqlServerNodeQuery, GraphqlServerNodeQueryVariables>;
export const GraphqlServerNodesDocument = new TypedDocumentString(`
    query GraphqlServerNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<GraphqlServerNodesQuery, GraphqlServerNodesQueryVariables>;
export const GraphqlServerRevokeApiKeyDocument = new TypedDocumentString(`
    mutation GraphqlServerRevokeApiKey($id: ID!) {
  revokeApiKey(input: {id: $id}) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GraphqlServerRevokeApiKeyMutation, GraphqlServerRevokeApiKeyMutationVariables>;
export const UpdateIncomingAuthenticationDocument = new TypedDocumentString(`
    mutation UpdateIncomingAuthentication($input: UpdateIncomingWebhookInput!) {
  updateIncomingWebhook(input: $input) {
    __typename
    ... on UpdateIncomingWebhookPayload {
      webhook {
        authentication {
          type
          secretHint
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateIncomingAuthenticationMutation, UpdateIncomingAuthenticationMutationVariables>;
export const IncomingAuthenticationPluginsDocument = new TypedDocumentString(`
    query IncomingAuthenticationPlugins {
  plugins {
    id
    versions {
      version
      authentication
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingAuthenticationPluginsQuery, IncomingAuthenticationPluginsQueryVariables>;
export const IncomingWebhookHistoryDocument = new TypedDocumentString(`
    query IncomingWebhookHistory($first: Int!) {
  webhooks(first: $first, filter: {kind: INCOMING}, orderBy: {field: NAME}) {
    nodes {
      __typename
      ... on IncomingWebhook {
        id
        name
        events(first: 3) {
          totalCount
          nodes {
            id
            eventType
            webhook {
              id
            }
          }
        }
        recoveries: events(filter: {eventType: RECOVERY}) {
          totalCount
          nodes {
            eventKey
          }
        }
        alerts(first: 2) {
          totalCount
          nodes {
            id
            state
            webhook {
              id
            }
          }
        }
        resolvedAlerts: alerts(filter: {state: RESOLVED}) {
          totalCount
          nodes {
            state
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhookHistoryQuery, IncomingWebhookHistoryQueryVariables>;
export const IncomingWebhookHistoryViewerDocument = new TypedDocumentString(`
    query IncomingWebhookHistoryViewer {
  viewer {
    name
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhookHistoryViewerQuery, IncomingWebhookHistoryViewerQueryVariables>;
export const IncomingWebhookHistoryPageDocument = new TypedDocumentString(`
    query IncomingWebhookHistoryPage($id: ID!, $after: String) {
  webhook(id: $id) {
    __typename
    ... on IncomingWebhook {
      events(first: 3, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhookHistoryPageQuery, IncomingWebhookHistoryPageQueryVariables>;
export const IncomingWebhookLookupDocument = new TypedDocumentString(`
    query IncomingWebhookLookup($filter: WebhookFilter) {
  webhooks(filter: $filter, first: 100) {
    totalCount
    nodes {
      id
    }
  }
  webhookStats(filter: $filter, groupBy: [KIND]) {
    total
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhookLookupQuery, IncomingWebhookLookupQueryVariables>;
export const IncomingWebhookLookupRegenerateDocument = new TypedDocumentString(`
    mutation IncomingWebhookLookupRegenerate($id: ID!) {
  regenerateAccessKey(input: {id: $id}) {
    __typename
    ... on RegenerateAccessKeyPayload {
      webhook {
        accessKey
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhookLookupRegenerateMutation, IncomingWebhookLookupRegenerateMutationVariables>;
export const IncomingWebhooksPluginsDocument = new TypedDocumentString(`
    query IncomingWebhooksPlugins {
  plugins {
    id
    name
    latestVersion
    capability
    optionsSchema
    versions {
      version
      optionsSchema
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksPluginsQuery, IncomingWebhooksPluginsQueryVariables>;
export const IncomingWebhooksWebhooksDocument = new TypedDocumentString(`
    query IncomingWebhooksWebhooks {
  webhooks(first: 100, filter: {kind: INCOMING, pluginId: "grafana"}) {
    totalCount
    nodes {
      id
      __typename
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksWebhooksQuery, IncomingWebhooksWebhooksQueryVariables>;
export const IncomingWebhooksWebhooks2Document = new TypedDocumentString(`
    query IncomingWebhooksWebhooks2 {
  webhooks(first: 100, filter: {kind: OUTGOING}) {
    nodes {
      __typename
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksWebhooks2Query, IncomingWebhooksWebhooks2QueryVariables>;
export const IncomingWebhooksDisableWebhookDocument = new TypedDocumentString(`
    mutation IncomingWebhooksDisableWebhook($id: ID!) {
  disableWebhook(input: {id: $id}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksDisableWebhookMutation, IncomingWebhooksDisableWebhookMutationVariables>;
export const IncomingWebhooksEnableWebhookDocument = new TypedDocumentString(`
    mutation IncomingWebhooksEnableWebhook($id: ID!) {
  enableWebhook(input: {id: $id}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksEnableWebhookMutation, IncomingWebhooksEnableWebhookMutationVariables>;
export const IncomingWebhooksNodeDocument = new TypedDocumentString(`
    query IncomingWebhooksNode($id: ID!) {
  node(id: $id) {
    ... on IncomingWebhook {
      requests {
        total
        error
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksNodeQuery, IncomingWebhooksNodeQueryVariables>;
export const IncomingWebhooksAlertsDocument = new TypedDocumentString(`
    query IncomingWebhooksAlerts($id: ID!) {
  alerts(first: 10, filter: {webhookId: $id}) {
    totalCount
    nodes {
      state
      eventCount
      events(first: 20) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksAlertsQuery, IncomingWebhooksAlertsQueryVariables>;
export const IncomingWebhooksAlerts2Document = new TypedDocumentString(`
    query IncomingWebhooksAlerts2($id: ID!) {
  alerts(first: 10, filter: {webhookId: $id, state: RESOLVED}) {
    nodes {
      id
      state
      resolvedAt
      eventCount
      urgency
      severity
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksAlerts2Query, IncomingWebhooksAlerts2QueryVariables>;
export const IncomingWebhooksAlertDocument = new TypedDocumentString(`
    query IncomingWebhooksAlert($id: ID!) {
  alert(id: $id) {
    state
    webhook {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksAlertQuery, IncomingWebhooksAlertQueryVariables>;
export const IncomingWebhooksResolveAlertDocument = new TypedDocumentString(`
    mutation IncomingWebhooksResolveAlert($id: ID!) {
  resolveAlert(input: {id: $id}) {
    __typename
    ... on ResolveAlertPayload {
      alert {
        id
        state
        resolvedAt
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ForbiddenError {
    missingScope
  }
}`) as unknown as TypedDocumentString<IncomingWebhooksResolveAlertMutation, IncomingWebhooksResolveAlertMutationVariables>;
export const IncomingWebhooksAlerts3Document = new TypedDocumentString(`
    query IncomingWebhooksAlerts3($id: ID!) {
  alerts(first: 10, filter: {webhookId: $id, state: TRIGGERED}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksAlerts3Query, IncomingWebhooksAlerts3QueryVariables>;
export const IncomingWebhooksRegenerateAccessKeyDocument = new TypedDocumentString(`
    mutation IncomingWebhooksRegenerateAccessKey($id: ID!) {
  regenerateAccessKey(input: {id: $id}) {
    __typename
    ... on RegenerateAccessKeyPayload {
      webhook {
        webhookUrl
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ForbiddenError {
    missingScope
  }
}`) as unknown as TypedDocumentString<IncomingWebhooksRegenerateAccessKeyMutation, IncomingWebhooksRegenerateAccessKeyMutationVariables>;
export const IncomingWebhooksUpdateWebhookPluginDocument = new TypedDocumentString(`
    mutation IncomingWebhooksUpdateWebhookPlugin($input: UpdateWebhookPluginInput!) {
  updateWebhookPlugin(input: $input) {
    __typename
    ... on UpdateWebhookPluginPayload {
      webhook {
        plugin {
          version
          upgradeMode
          options
          metadata
        }
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ForbiddenError {
    missingScope
  }
}`) as unknown as TypedDocumentString<IncomingWebhooksUpdateWebhookPluginMutation, IncomingWebhooksUpdateWebhookPluginMutationVariables>;
export const IncomingWebhooksVerifyWebhookPluginDocument = new TypedDocumentString(`
    mutation IncomingWebhooksVerifyWebhookPlugin($id: ID!) {
  verifyWebhookPlugin(input: {id: $id}) {
    ... on VerifyWebhookPluginPayload {
      ok
      message
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ForbiddenError {
    missingScope
  }
}`) as unknown as TypedDocumentString<IncomingWebhooksVerifyWebhookPluginMutation, IncomingWebhooksVerifyWebhookPluginMutationVariables>;
export const IncomingWebhooksVerifyWebhookPlugin2Document = new TypedDocumentString(`
    mutation IncomingWebhooksVerifyWebhookPlugin2($id: ID!) {
  verifyWebhookPlugin(input: {id: $id}) {
    ... on VerifyWebhookPluginPayload {
      ok
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksVerifyWebhookPlugin2Mutation, IncomingWebhooksVerifyWebhookPlugin2MutationVariables>;
export const IncomingWebhooksUpdateIncomingWebhookDocument = new TypedDocumentString(`
    mutation IncomingWebhooksUpdateIncomingWebhook($input: UpdateIncomingWebhookInput!) {
  updateIncomingWebhook(input: $input) {
    __typename
    ... on UpdateIncomingWebhookPayload {
      webhook {
        name
        projectId
        tags
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ForbiddenError {
    missingScope
  }
}`) as unknown as TypedDocumentString<IncomingWebhooksUpdateIncomingWebhookMutation, IncomingWebhooksUpdateIncomingWebhookMutationVariables>;
export const IncomingWebhooksUpdateIncomingWebhook2Document = new TypedDocumentString(`
    mutation IncomingWebhooksUpdateIncomingWebhook2($input: UpdateIncomingWebhookInput!) {
  updateIncomingWebhook(input: $input) {
    __typename
    ... on ValidationError {
      issues {
        path
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksUpdateIncomingWebhook2Mutation, IncomingWebhooksUpdateIncomingWebhook2MutationVariables>;
export const IncomingWebhooksDeleteWebhookDocument = new TypedDocumentString(`
    mutation IncomingWebhooksDeleteWebhook($id: ID!) {
  deleteWebhook(input: {id: $id}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksDeleteWebhookMutation, IncomingWebhooksDeleteWebhookMutationVariables>;
export const IncomingWebhooksCreateApiKeyDocument = new TypedDocumentString(`
    mutation IncomingWebhooksCreateApiKey {
  createApiKey(input: {name: "reader", scopes: [DELIVERIES_VIEW]}) {
    ... on CreateApiKeyPayload {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksCreateApiKeyMutation, IncomingWebhooksCreateApiKeyMutationVariables>;
export const IncomingWebhooksAlerts4Document = new TypedDocumentString(`
    query IncomingWebhooksAlerts4 {
  alerts(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksAlerts4Query, IncomingWebhooksAlerts4QueryVariables>;
export const IncomingWebhooksIncomingEventsDocument = new TypedDocumentString(`
    query IncomingWebhooksIncomingEvents($filter: IncomingEventFilter) {
  incomingEvents(first: 10, filter: $filter) {
    totalCount
    nodes {
      eventKey
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksIncomingEventsQuery, IncomingWebhooksIncomingEventsQueryVariables>;
export const IncomingWebhooksIncomingEventStatsDocument = new TypedDocumentString(`
    query IncomingWebhooksIncomingEventStats($filter: IncomingEventStatsFilter, $groupBy: IncomingEventGroup!) {
  incomingEventStats(filter: $filter, groupBy: $groupBy, bucket: MINUTE) {
    total
    groups {
      key
      count
    }
    series {
      start
      total
      groups {
        key
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhooksIncomingEventStatsQuery, IncomingWebhooksIncomingEventStatsQueryVariables>;
export const InputLimitsCreateOutgoingWebhookDocument = new TypedDocumentString(`
    mutation InputLimitsCreateOutgoingWebhook($headers: [HttpHeaderInput!]) {
  createOutgoingWebhook(
    input: {name: "limits", url: "https://receiver.example.com/hook", eventTypes: ["*"], headers: $headers}
  ) {
    __typename
    ... on ValidationError {
      issues {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InputLimitsCreateOutgoingWebhookMutation, InputLimitsCreateOutgoingWebhookMutationVariables>;
export const InputLimitsNodesDocument = new TypedDocumentString(`
    query InputLimitsNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputLimitsNodesQuery, InputLimitsNodesQueryVariables>;
export const InputLimitsUpdateOutgoingWebhookDocument = new TypedDocumentString(`
    mutation InputLimitsUpdateOutgoingWebhook($id: ID!, $headers: [HttpHeaderInput!]) {
  updateOutgoingWebhook(input: {id: $id, addHeaders: $headers}) {
    __typename
    ... on ValidationError {
      issues {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InputLimitsUpdateOutgoingWebhookMutation, InputLimitsUpdateOutgoingWebhookMutationVariables>;
export const InputLimitsCreateOutgoingWebhook2Document = new TypedDocumentString(`
    mutation InputLimitsCreateOutgoingWebhook2 {
  createOutgoingWebhook(
    input: {name: "lists", url: "https://receiver.example.com/hook", eventTypes: ["*"]}
  ) {
    __typename
    ... on CreateOutgoingWebhookPayload {
      webhook {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InputLimitsCreateOutgoingWebhook2Mutation, InputLimitsCreateOutgoingWebhook2MutationVariables>;
export const InputLimitsUpdateOutgoingWebhook2Document = new TypedDocumentString(`
    mutation InputLimitsUpdateOutgoingWebhook2($input: UpdateOutgoingWebhookInput!) {
  updateOutgoingWebhook(input: $input) {
    __typename
    ... on ValidationError {
      issues {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InputLimitsUpdateOutgoingWebhook2Mutation, InputLimitsUpdateOutgoingWebhook2MutationVariables>;
export const InputLimitsCreateApiKeyDocument = new TypedDocumentString(`
    mutation InputLimitsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on ValidationError {
      issues {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InputLimitsCreateApiKeyMutation, InputLimitsCreateApiKeyMutationVariables>;
export const LiveCreateKeyDocument = new TypedDocumentString(`
    mutation LiveCreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreateApiKeyPayload {
      key
      apiKey {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LiveCreateKeyMutation, LiveCreateKeyMutationVariables>;
export const LiveRevokeKeyDocument = new TypedDocumentString(`
    mutation LiveRevokeKey($id: ID!) {
  revokeApiKey(input: {id: $id}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<LiveRevokeKeyMutation, LiveRevokeKeyMutationVariables>;
export const LiveRedeliverDocument = new TypedDocumentString(`
    mutation LiveRedeliver($id: ID!) {
  redeliverDelivery(input: {id: $id}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<LiveRedeliverMutation, LiveRedeliverMutationVariables>;
export const LiveInlineDocument = new TypedDocumentString(`
    subscription LiveInline($id: ID!) {
  deliveryUpdated(filter: {webhookId: $id, statuses: [SUCCEEDED]}) {
    delivery {
      eventType
    }
  }
}
    `) as unknown as TypedDocumentString<LiveInlineSubscription, LiveInlineSubscriptionVariables>;
export const LiveRenamedDocument = new TypedDocumentString(`
    subscription LiveRenamed($which: DeliveryUpdateFilter) {
  deliveryUpdated(filter: $which) {
    delivery {
      eventType
    }
  }
}
    `) as unknown as TypedDocumentString<LiveRenamedSubscription, LiveRenamedSubscriptionVariables>;
export const LiveDisableDocument = new TypedDocumentString(`
    mutation LiveDisable($id: ID!) {
  disableWebhook(input: {id: $id}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<LiveDisableMutation, LiveDisableMutationVariables>;
export const LiveRotateDocument = new TypedDocumentString(`
    mutation LiveRotate($id: ID!) {
  rotateWebhookSecret(input: {id: $id}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<LiveRotateMutation, LiveRotateMutationVariables>;
export const LiveDeleteDocument = new TypedDocumentString(`
    mutation LiveDelete($id: ID!) {
  deleteWebhook(input: {id: $id}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<LiveDeleteMutation, LiveDeleteMutationVariables>;
export const MetricsViewerDocument = new TypedDocumentString(`
    query MetricsViewer {
  viewer {
    name
  }
}
    `) as unknown as TypedDocumentString<MetricsViewerQuery, MetricsViewerQueryVariables>;
export const MetricsCreateApiKeyDocument = new TypedDocumentString(`
    mutation MetricsCreateApiKey {
  createApiKey(input: {name: "metrics reader", scopes: [EVENTS_PUBLISH]}) {
    __typename
    ... on CreateApiKeyPayload {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsCreateApiKeyMutation, MetricsCreateApiKeyMutationVariables>;
export const MetricsWebhooksDocument = new TypedDocumentString(`
    query MetricsWebhooks {
  webhooks(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MetricsWebhooksQuery, MetricsWebhooksQueryVariables>;
export const OutgoingWebhooksDisableWebhookDocument = new TypedDocumentString(`
    mutation OutgoingWebhooksDisableWebhook($id: ID!) {
  disableWebhook(input: {id: $id}) {
    ... on DisableWebhookPayload {
      webhook {
        state
        enabled
        ... on OutgoingWebhook {
          active
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OutgoingWebhooksDisableWebhookMutation, OutgoingWebhooksDisableWebhookMutationVariables>;
export const OutgoingWebhooksEnableWebhookDocument = new TypedDocumentString(`
    mutation OutgoingWebhooksEnableWebhook($id: ID!) {
  enableWebhook(input: {id: $id}) {
    ... on EnableWebhookPayload {
      webhook {
        state
        enabled
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OutgoingWebhooksEnableWebhookMutation, OutgoingWebhooksEnableWebhookMutationVariables>;
export const OutgoingWebhooksDeleteWebhookDocument = new TypedDocumentString(`
    mutation OutgoingWebhooksDeleteWebhook($id: ID!) {
  deleteWebhook(input: {id: $id}) {
    __typename
    ... on DeleteWebhookPayload {
      deletedId
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ForbiddenError {
    missingScope
  }
}`) as unknown as TypedDocumentString<OutgoingWebhooksDeleteWebhookMutation, OutgoingWebhooksDeleteWebhookMutationVariables>;
export const OutgoingWebhooksDeleteWebhook2Document = new TypedDocumentString(`
    mutation OutgoingWebhooksDeleteWebhook2($id: ID!) {
  deleteWebhook(input: {id: $id}) {
    __typename
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ForbiddenError {
    missingScope
  }
}`) as unknown as TypedDocumentString<OutgoingWebhooksDeleteWebhook2Mutation, OutgoingWebhooksDeleteWebhook2MutationVariables>;
export const OutgoingWebhooksWebhookDocument = new TypedDocumentString(`
    query OutgoingWebhooksWebhook($id: ID!) {
  webhook(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<OutgoingWebhooksWebhookQuery, OutgoingWebhooksWebhookQueryVariables>;
export const OutgoingWebhooksRotateWebhookSecretDocument = new TypedDocumentString(`
    mutation OutgoingWebhooksRotateWebhookSecret($id: ID!, $s: Int) {
  rotateWebhookSecret(input: {id: $id, expireCurrentInSeconds: $s}) {
    __typename
    ... on RotateWebhookSecretPayload {
      secret
      webhook {
        secretHint
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ForbiddenError {
    missingScope
  }
}`) as unknown as TypedDocumentString<OutgoingWebhooksRotateWebhookSecretMutation, OutgoingWebhooksRotateWebhookSecretMutationVariables>;
export const OutgoingWebhooksWebhook2Document = new TypedDocumentString(`
    query OutgoingWebhooksWebhook2($id: ID!) {
  webhook(id: $id) {
    ... on OutgoingWebhook {
      suspended
      active
      suspendReason
    }
  }
}
    `) as unknown as TypedDocumentString<OutgoingWebhooksWebhook2Query, OutgoingWebhooksWebhook2QueryVariables>;
export const OutgoingWebhooksUnsuspendWebhookDocument = new TypedDocumentString(`
    mutation OutgoingWebhooksUnsuspendWebhook($id: ID!) {
  unsuspendWebhook(input: {id: $id}) {
    ... on UnsuspendWebhookPayload {
      webhook {
        suspended
        suspendedAt
        suspendReason
        consecutiveFailures
        active
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OutgoingWebhooksUnsuspendWebhookMutation, OutgoingWebhooksUnsuspendWebhookMutationVariables>;
export const OutgoingWebhooksWebhook3Document = new TypedDocumentString(`
    query OutgoingWebhooksWebhook3($id: ID!) {
  webhook(id: $id) {
    name
    enabled
  }
}
    `) as unknown as TypedDocumentString<OutgoingWebhooksWebhook3Query, OutgoingWebhooksWebhook3QueryVariables>;
export const OutgoingWebhooksCreateApiKeyDocument = new TypedDocumentString(`
    mutation OutgoingWebhooksCreateApiKey {
  createApiKey(input: {name: "ro", scopes: [WEBHOOKS_VIEW]}) {
    __typename
    ... on CreateApiKeyPayload {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<OutgoingWebhooksCreateApiKeyMutation, OutgoingWebhooksCreateApiKeyMutationVariables>;
export const OutgoingWebhooksCreateApiKey2Document = new TypedDocumentString(`
    mutation OutgoingWebhooksCreateApiKey2 {
  createApiKey(input: {name: "pub", scopes: [EVENTS_PUBLISH]}) {
    __typename
    ... on CreateApiKeyPayload {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<OutgoingWebhooksCreateApiKey2Mutation, OutgoingWebhooksCreateApiKey2MutationVariables>;
export const OutgoingWebhooksWebhooksDocument = new TypedDocumentString(`
    query OutgoingWebhooksWebhooks {
  webhooks {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OutgoingWebhooksWebhooksQuery, OutgoingWebhooksWebhooksQueryVariables>;
export const OutgoingWebhooksWebhookStatsDocument = new TypedDocumentString(`
    query OutgoingWebhooksWebhookStats {
  webhookStats(groupBy: [KIND]) {
    total
  }
}
    `) as unknown as TypedDocumentString<OutgoingWebhooksWebhookStatsQuery, OutgoingWebhooksWebhookStatsQueryVariables>;
export const OutgoingWebhooksWebhook4Document = new TypedDocumentString(`
    query OutgoingWebhooksWebhook4($id: ID!) {
  webhook(id: $id) {
    enabled
  }
}
    `) as unknown as TypedDocumentString<OutgoingWebhooksWebhook4Query, OutgoingWebhooksWebhook4QueryVariables>;
export const OutgoingWebhooksApiKeysDocument = new TypedDocumentString(`
    query OutgoingWebhooksApiKeys {
  apiKeys(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OutgoingWebhooksApiKeysQuery, OutgoingWebhooksApiKeysQueryVariables>;
export const OutgoingWebhooksDisableWebhook2Document = new TypedDocumentString(`
    mutation OutgoingWebhooksDisableWebhook2($id: ID!) {
  disableWebhook(input: {id: $id}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<OutgoingWebhooksDisableWebhook2Mutation, OutgoingWebhooksDisableWebhook2MutationVariables>;
export const QueryCostWebhooksDocument = new TypedDocumentString(`
    query QueryCostWebhooks {
  webhooks(first: 50) {
    nodes {
      ... on OutgoingWebhook {
        deliveries(first: 20) {
          nodes {
            status
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryCostWebhooksQuery, QueryCostWebhooksQueryVariables>;
export const QueryCostWarmKeyDocument = new TypedDocumentString(`
    query QueryCostWarmKey {
  viewer {
    name
  }
}
    `) as unknown as TypedDocumentString<QueryCostWarmKeyQuery, QueryCostWarmKeyQueryVariables>;
export const QueryCostViewerDocument = new TypedDocumentString(`
    query QueryCostViewer {
  viewer {
    name
  }
}
    `) as unknown as TypedDocumentString<QueryCostViewerQuery, QueryCostViewerQueryVariables>;
export const QueryCostWebhooks2Document = new TypedDocumentString(`
    query QueryCostWebhooks2 {
  webhooks(first: 100) {
    nodes {
      ... on OutgoingWebhook {
        deliveries(first: 100) {
          nodes {
            attempts {
              durationMs
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryCostWebhooks2Query, QueryCostWebhooks2QueryVariables>;
export const RegisteredPluginsRegisterDocument = new TypedDocumentString(`
    mutation RegisteredPluginsRegister($input: RegisterPluginInput!) {
  registerPlugin(input: $input) {
    __typename
    ... on RegisterPluginPayload {
      plugin {
        id
        source
        url
        secretHint
        latestVersion
        versions {
          version
          authentication
        }
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on ConflictError {
      message
    }
    ... on ForbiddenError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisteredPluginsRegisterMutation, RegisteredPluginsRegisterMutationVariables>;
export const RegisteredPluginsVersionDocument = new TypedDocumentString(`
    query RegisteredPluginsVersion($id: ID!) {
  webhook(id: $id) {
    __typename
    ... on IncomingWebhook {
      plugin {
        version
        upgradeMode
        metadata
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisteredPluginsVersionQuery, RegisteredPluginsVersionQueryVariables>;
export const RegisteredPluginsUpdateWebhookPluginDocument = new TypedDocumentString(`
    mutation RegisteredPluginsUpdateWebhookPlugin($input: UpdateWebhookPluginInput!) {
  updateWebhookPlugin(input: $input) {
    __typename
    ... on ValidationError {
      issues {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisteredPluginsUpdateWebhookPluginMutation, RegisteredPluginsUpdateWebhookPluginMutationVariables>;
export const RegisteredPluginsUpdateDocument = new TypedDocumentString(`
    mutation RegisteredPluginsUpdate($input: UpdateRegisteredPluginInput!) {
  updateRegisteredPlugin(input: $input) {
    __typename
    ... on UpdateRegisteredPluginPayload {
      plugin {
        latestVersion
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisteredPluginsUpdateMutation, RegisteredPluginsUpdateMutationVariables>;
export const RegisteredPluginsListDocument = new TypedDocumentString(`
    query RegisteredPluginsList {
  plugins {
    id
    source
  }
}
    `) as unknown as TypedDocumentString<RegisteredPluginsListQuery, RegisteredPluginsListQueryVariables>;
export const RegisteredPluginsListOtherDocument = new TypedDocumentString(`
    query RegisteredPluginsListOther {
  plugins {
    id
  }
}
    `) as unknown as TypedDocumentString<RegisteredPluginsListOtherQuery, RegisteredPluginsListOtherQueryVariables>;
export const RegisteredPluginsAlertsDocument = new TypedDocumentString(`
    query RegisteredPluginsAlerts($id: ID!) {
  webhook(id: $id) {
    __typename
    ... on IncomingWebhook {
      alerts {
        nodes {
          state
          eventKey
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisteredPluginsAlertsQuery, RegisteredPluginsAlertsQueryVariables>;
export const RegisteredPluginsUnregisterDocument = new TypedDocumentString(`
    mutation RegisteredPluginsUnregister($pluginId: String!) {
  unregisterPlugin(input: {pluginId: $pluginId}) {
    __typename
    ... on ConflictError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisteredPluginsUnregisterMutation, RegisteredPluginsUnregisterMutationVariables>;
export const RegisteredPluginsDeleteWebhookDocument = new TypedDocumentString(`
    mutation RegisteredPluginsDeleteWebhook($id: ID!) {
  deleteWebhook(input: {id: $id}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RegisteredPluginsDeleteWebhookMutation, RegisteredPluginsDeleteWebhookMutationVariables>;
export const SecretFieldsCreateApiKeyDocument = new TypedDocumentString(`
    mutation SecretFieldsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    ... on CreateApiKeyPayload {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<SecretFieldsCreateApiKeyMutation, SecretFieldsCreateApiKeyMutationVariables>;
export const SecretFieldsCreateIncomingWebhookDocument = new TypedDocumentString(`
    mutation SecretFieldsCreateIncomingWebhook {
  createIncomingWebhook(
    input: {name: "secret url", plugin: {pluginId: "generic-json"}}
  ) {
    ... on CreateIncomingWebhookPayload {
      webhook {
        id
        webhookUrl
        accessKey
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecretFieldsCreateIncomingWebhookMutation, SecretFieldsCreateIncomingWebhookMutationVariables>;
export const SecretFieldsCreateIncomingWebhook2Document = new TypedDocumentString(`
    mutation SecretFieldsCreateIncomingWebhook2 {
  createIncomingWebhook(
    input: {name: "made by adder", plugin: {pluginId: "generic-json"}}
  ) {
    ... on CreateIncomingWebhookPayload {
      webhook {
        id
        webhookUrl
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecretFieldsCreateIncomingWebhook2Mutation, SecretFieldsCreateIncomingWebhook2MutationVariables>;
export const SecretFieldsNodeDocument = new TypedDocumentString(`
    query SecretFieldsNode($id: ID!) {
  node(id: $id) {
    ... on IncomingWebhook {
      webhookUrl
    }
  }
}
    `) as unknown as TypedDocumentString<SecretFieldsNodeQuery, SecretFieldsNodeQueryVariables>;
export const SecretFieldsCreateOutgoingWebhookDocument = new TypedDocumentString(`
    mutation SecretFieldsCreateOutgoingWebhook($url: String!, $headers: [HttpHeaderInput!]) {
  createOutgoingWebhook(
    input: {name: "with credentials", url: $url, eventTypes: ["secret.*"], headers: $headers}
  ) {
    ... on CreateOutgoingWebhookPayload {
      webhook {
        id
        headers {
          name
          values
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecretFieldsCreateOutgoingWebhookMutation, SecretFieldsCreateOutgoingWebhookMutationVariables>;
export const SecretFieldsNode2Document = new TypedDocumentString(`
    query SecretFieldsNode2($id: ID!) {
  node(id: $id) {
    ... on OutgoingWebhook {
      name
      headers {
        name
        values
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecretFieldsNode2Query, SecretFieldsNode2QueryVariables>;
export const SecretFieldsTestWebhookDocument = new TypedDocumentString(`
    mutation SecretFieldsTestWebhook($id: ID!) {
  testWebhook(input: {id: $id}) {
    ... on TestWebhookPayload {
      delivery {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecretFieldsTestWebhookMutation, SecretFieldsTestWebhookMutationVariables>;
export const SecretFieldsNode3Document = new TypedDocumentString(`
    query SecretFieldsNode3($id: ID!) {
  node(id: $id) {
    ... on Delivery {
      attempts {
        requestHeaders {
          name
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecretFieldsNode3Query, SecretFieldsNode3QueryVariables>;
export const StatisticsWebhookStatsDocument = new TypedDocumentString(`
    query StatisticsWebhookStats($ids: [ID!], $groupBy: [WebhookStatsGroup!]!, $aggregates: [WebhookStatsAggregateInput!], $orderBy: StatsOrder, $limit: Int) {
  webhookStats(
    filter: {ids: $ids}
    groupBy: $groupBy
    aggregates: $aggregates
    orderBy: $orderBy
    limit: $limit
  ) {
    total
    totals {
      function
      field
      value
    }
    rows {
      kind
      pluginId
      capability
      eventType
      count
      aggregates {
        function
        field
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsWebhookStatsQuery, StatisticsWebhookStatsQueryVariables>;
export const StatisticsViewerDocument = new TypedDocumentString(`
    query StatisticsViewer {
  viewer {
    name
  }
}
    `) as unknown as TypedDocumentString<StatisticsViewerQuery, StatisticsViewerQueryVariables>;
export const StatisticsIncomingEventStatsDocument = new TypedDocumentString(`
    query StatisticsIncomingEventStats($webhookId: ID, $groupBy: IncomingEventGroup!, $thenBy: [IncomingEventGroup!], $aggregates: [IncomingEventStatsAggregateInput!], $orderBy: StatsOrder, $limit: Int) {
  incomingEventStats(
    filter: {webhookId: $webhookId}
    groupBy: $groupBy
    thenBy: $thenBy
    aggregates: $aggregates
    orderBy: $orderBy
    limit: $limit
    bucket: DAY
  ) {
    total
    groups {
      key
      keys
      count
      aggregates {
        value
      }
    }
    series {
      total
      groups {
        key
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsIncomingEventStatsQuery, StatisticsIncomingEventStatsQueryVariables>;
export const StatisticsViewer2Document = new TypedDocumentString(`
    query StatisticsViewer2 {
  viewer {
    name
  }
}
    `) as unknown as TypedDocumentString<StatisticsViewer2Query, StatisticsViewer2QueryVariables>;
export const SwitchesViewerDocument = new TypedDocumentString(`
    query SwitchesViewer {
  viewer {
    name
  }
}
    `) as unknown as TypedDocumentString<SwitchesViewerQuery, SwitchesViewerQueryVariables>;
export const TypedErrorsDeleteWebhookDocument = new TypedDocumentString(`
    mutation TypedErrorsDeleteWebhook {
  deleteWebhook(input: {id: "abc"}) {
    __typename
    ... on ValidationError {
      issues {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TypedErrorsDeleteWebhookMutation, TypedErrorsDeleteWebhookMutationVariables>;
export const TypedErrorsResendDivertedDeliveriesDocument = new TypedDocumentString(`
    mutation TypedErrorsResendDivertedDeliveries($ids: [ID!]) {
  resendDivertedDeliveries(input: {ids: $ids}) {
    __typename
    ... on ValidationError {
      issues {
        path
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TypedErrorsResendDivertedDeliveriesMutation, TypedErrorsResendDivertedDeliveriesMutationVariables>;
export const TypedErrorsNodesDocument = new TypedDocumentString(`
    query TypedErrorsNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<TypedErrorsNodesQuery, TypedErrorsNodesQueryVariables>;
export const TypedErrorsViewerDocument = new TypedDocumentString(`
    query TypedErrorsViewer {
  viewer {
    name
  }
}
    `) as unknown as TypedDocumentString<TypedErrorsViewerQuery, TypedErrorsViewerQueryVariables>;
export const WebhookListingWebhooksDocument = new TypedDocumentString(`
    query WebhookListingWebhooks {
  webhooks(first: 5, after: "bm9wZQ") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<WebhookListingWebhooksQuery, WebhookListingWebhooksQueryVariables>;
export const WebhookListingWebhooks2Document = new TypedDocumentString(`
    query WebhookListingWebhooks2 {
  webhooks(filter: {eventTypes: ["bad type"]}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<WebhookListingWebhooks2Query, WebhookListingWebhooks2QueryVariables>;
export const WebhookListingWebhookStatsDocument = new TypedDocumentString(`
    query WebhookListingWebhookStats {
  webhookStats(groupBy: [STATE, PROJECT]) {
    total
    rows {
      state
      projectId
      count
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookListingWebhookStatsQuery, WebhookListingWebhookStatsQueryVariables>;
export const WebhookListingWebhookStats2Document = new TypedDocumentString(`
    query WebhookListingWebhookStats2 {
  webhookStats(groupBy: [KIND, SUSPENDED, EVENT_TYPE], filter: {projectId: "p0"}) {
    total
    rows {
      kind
      suspended
      eventType
      count
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookListingWebhookStats2Query, WebhookListingWebhookStats2QueryVariables>;
export const WebhookListingWebhookStats3Document = new TypedDocumentString(`
    query WebhookListingWebhookStats3 {
  webhookStats(groupBy: [CREATED_DAY]) {
    total
    rows {
      createdDay
      count
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookListingWebhookStats3Query, WebhookListingWebhookStats3QueryVariables>;
export const WebhookListingWebhookStats4Document = new TypedDocumentString(`
    query WebhookListingWebhookStats4 {
  webhookStats(groupBy: []) {
    total
  }
}
    `) as unknown as TypedDocumentString<WebhookListingWebhookStats4Query, WebhookListingWebhookStats4QueryVariables>;
export const WebhookListingWebhooks3Document = new TypedDocumentString(`
    query WebhookListingWebhooks3 {
  webhooks(first: 50, filter: {active: true}) {
    totalCount
    nodes {
      id
      kind
      name
      state
      enabled
      projectId
      tags
      createdAt
      updatedAt
      ... on OutgoingWebhook {
        url
        headers {
          name
          values
        }
        eventTypes
        secretHint
        suspended
        active
        lastFailureAt
        consecutiveFailures
        failureHandling {
          timeoutSeconds
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookListingWebhooks3Query, WebhookListingWebhooks3QueryVariables>;