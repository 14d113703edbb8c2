/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Which alert changes to stream: every field given must match. */
export type AlertChangeFilter = {
  /** Only changes that left the alert in one of these states. */
  states?: Array<AlertState> | null | undefined;
  /** Only alerts of this incoming webhook. */
  webhookId?: string | number | null | undefined;
};

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

/** A new event type, with its first version. */
export type CreateEventTypeInput = {
  /** What the event means, for receivers (up to 1,024 characters). */
  description?: string | null | undefined;
  /** Up to 10 payloads, each matching the schema. */
  examples?: Array<import('../json.js').JsonObject> | null | undefined;
  /** For display (1-64 characters), e.g. the resource: invoice. */
  group?: string | null | undefined;
  /** The type events are published under: a dotted name of letters, digits, "_" and "-" (e.g. "invoice.paid"), at most 200 characters. */
  name: string;
  /** JSON Schema (draft 2020-12) of the payload, at most 64 KiB. `pattern`s must run in linear time (no backreferences or lookarounds); `format` is an annotation. */
  schema: import('../json.js').JsonObject;
  /** How its payloads are checked at publish, instead of the tenant's eventValidation; null: the tenant's. */
  validation?: EventValidation | null | undefined;
};

/** A new incoming webhook. */
export type CreateIncomingWebhookInput = {
  /** What a sender must prove besides the URL (default NONE). */
  authentication?: IncomingAuthenticationInput | null | undefined;
  /** Start switched on (default) or off. */
  enabled?: boolean | null | undefined;
  /** 1-128 characters, unique within the tenant and project. */
  name: string;
  /** The plugin that reads its requests. */
  plugin: PluginConfigInput;
  /** The project it belongs to; its events and alerts carry it. */
  projectId?: string | null | undefined;
  /** String values only. */
  tags?: import('../json.js').JsonObject | null | undefined;
};

/** A new outgoing webhook. */
export type CreateOutgoingWebhookInput = {
  /** The type's settings, validated for the type. */
  destinationSettings?: WebhookDestinationSettingsInput | null | undefined;
  /** Start switched on (default) or off. */
  enabled?: boolean | null | undefined;
  /** Exact types ("invoice.paid"), prefix wildcards ("invoice.*") or "*". */
  eventTypes: Array<string>;
  /** Default: see FailureHandling. */
  failureHandling?: FailureHandlingInput | null | undefined;
  /** Headers sent with every delivery (at most 50). */
  headers?: Array<HttpHeaderInput> | null | undefined;
  /** Limit the attempts in flight at once, 1-1000 (default: no limit). */
  maxConcurrentRequests?: number | null | undefined;
  /** 1-128 characters, unique within the tenant and project. */
  name: string;
  /** FIFO: one delivery at a time, in publish order (default UNORDERED). */
  ordering?: WebhookOrdering | null | undefined;
  /** The project it belongs to: it then receives only events of that project or of none. */
  projectId?: string | null | undefined;
  /** Limit how fast attempts start (default: no limit). */
  rateLimit?: WebhookRateLimitInput | null | undefined;
  /** whsec_<base64 of 24-64 bytes>; generated when omitted. */
  secret?: string | null | undefined;
  /** String values only. */
  tags?: import('../json.js').JsonObject | null | undefined;
  /** What the receiver understands (default STANDARD). */
  type?: WebhookDestinationType | null | undefined;
  /** http or https, at most 2048 characters, no user:password. Optional for PAGERDUTY, OPSGENIE and DATADOG (their public API, by region or site). */
  url?: string | null | undefined;
};

/** A portal session for one project. */
export type CreatePortalSessionInput = {
  /** How long the session lasts: 3600 seconds unless given, at most 604800 (7 days). */
  expiresInSeconds?: number | null | undefined;
  /** The project the session reaches, and nothing else. */
  projectId: string;
  /** What the session may do (default: webhooks:view, webhooks:add, webhooks:edit, webhooks:remove, deliveries:view, deliveries:retry, events:view). Not TENANT_ADMIN or PORTAL_SESSIONS. */
  scopes?: Array<Scope> | null | undefined;
};

/** Which diverted deliveries: those named by ids, all of a webhook's, or the named ones of that webhook. */
export type DeleteDivertedDeliveriesInput = {
  /** These diverted deliveries (at most 1000 ids). */
  ids?: Array<string | number> | null | undefined;
  /** This outgoing webhook's diverted deliveries (with ids: only those of them). */
  webhookId?: string | number | null | undefined;
};

/** Which event type to delete. */
export type DeleteEventTypeInput = {
  /** Delete it even while webhooks subscribe to it by name (default false). */
  force?: boolean | null | undefined;
  /** The event type. */
  name: string;
};

/** Names one webhook of either kind. */
export type DeleteWebhookInput = {
  /** The webhook's global id. */
  id: string | number;
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

/** Which event type, and why. */
export type DeprecateEventTypeInput = {
  /** false takes the deprecation back (default true). */
  deprecated?: boolean | null | undefined;
  /** The event type. */
  name: string;
  /** Why, and what to use instead (up to 1,024 characters). */
  reason?: string | null | undefined;
};

/** Names one webhook of either kind. */
export type DisableWebhookInput = {
  /** The webhook's global id. */
  id: string | number;
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

/** Names one webhook of either kind. */
export type EnableWebhookInput = {
  /** The webhook's global id. */
  id: string | number;
};

/** Which events to erase: every field given must match; subject or before is required. */
export type EraseEventsFilter = {
  /** Events published before this time. */
  before?: string | null | undefined;
  /** Events published with this subject. */
  subject?: string | null | undefined;
  /** Only events of these types (1-100). */
  types?: Array<string> | null | undefined;
};

/** Which events to erase. */
export type EraseEventsInput = {
  /** The events. */
  filter: EraseEventsFilter;
};

/** What was erased. */
export type ErasureKind =
  /** Every event a filter selected (eraseEvents). */
  | 'ERASE_EVENTS'
  /** One event's content (expungeEventContent). */
  | 'EXPUNGE_EVENT';

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

/** How a schema version compares with the one before it. */
export type EventTypeCompatibility =
  /** Payloads and receivers written for the previous version work with this one. */
  | 'BACKWARD'
  /** Something a publisher or a receiver relied on changed: a property removed, a property newly required, or a type narrowed (see breakingChanges). */
  | 'BREAKING';

/** Which event types to list; every field given must match. */
export type EventTypeFilter = {
  /** Only deprecated ones (true), or only the others (false). */
  deprecated?: boolean | null | undefined;
  /** Only this group's. */
  group?: string | null | undefined;
  /** In the name or the description, ignoring case. */
  search?: string | null | undefined;
};

/** What publishing does with a payload that breaks its type's schema in the catalogue. */
export type EventValidation =
  /** Nothing: payloads are not checked. */
  | 'OFF'
  /** Refuses the call with a ValidationError at each path into the payload; nothing is written. */
  | 'REJECT'
  /** Publishes it, with the event's schemaViolations saying where it broke the schema. */
  | 'WARN';

/** The event whose content to erase. */
export type ExpungeEventContentInput = {
  /** The event. */
  id: string | number;
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

/** An AsyncAPI 3 document, as eventTypesAsyncApi exports it. */
export type ImportEventTypesInput = {
  /** Its components.messages are read, each key an event type's name: summary (or description), tags[0] as the group, the payload's schema (the Standard Webhooks body's data, when the payload is one) and examples. At most 500 messages. */
  document: import('../json.js').JsonObject;
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

/** Which incoming events to stream. */
export type IncomingEventReceivedFilter = {
  /** Only events that came to this incoming webhook. */
  webhookId?: string | number | null | undefined;
};

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

/** Which plugin an incoming webhook runs, and how. */
export type PluginConfigInput = {
  /** Checked against the version's optionsSchema. */
  options?: import('../json.js').JsonObject | null | undefined;
  /** See the plugins query. */
  pluginId: string;
  /** Default AUTO. */
  upgradeMode?: PluginUpgradeMode | null | undefined;
  /** Default: the latest. Required with upgradeMode MANUAL. */
  version?: string | null | undefined;
};

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
  payload: import('../json.js').JsonObject;
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

/** Which failed deliveries of a webhook to queue again: those created in [since, until). */
export type RecoverDeliveriesInput = {
  /** From this instant (inclusive). */
  since: string;
  /** FAILED, DIVERTED and/or DISCARDED (default all three). */
  statuses?: Array<DeliveryStatus> | null | undefined;
  /** To this instant (exclusive); default now. */
  until?: string | null | undefined;
  /** The outgoing webhook. */
  webhookId: string | number;
};

/** Which delivery to send again. */
export type RedeliverDeliveryInput = {
  /** The delivery (any status). */
  id: string | number;
};

/** Names one incoming webhook. */
export type RegenerateAccessKeyInput = {
  /** The incoming webhook's global id. */
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

/** Which alert to resolve. */
export type ResolveAlertInput = {
  /** The alert's global id. */
  id: string | number;
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

/** Which key to revoke. */
export type RevokeApiKeyInput = {
  /** The key's global id (ApiKey.id, Viewer.apiKeyId). */
  id: string | number;
};

/** Which webhook gets a new signing secret, and for how long the old one still signs. */
export type RotateWebhookSecretInput = {
  /** How long the current secret keeps signing too (0-604800). */
  expireCurrentInSeconds?: number | null | undefined;
  /** The outgoing webhook. */
  id: string | number;
};

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

/** Days to keep each kind of history, 1 to the service's maximum; fields left out are unchanged. */
export type TenantRetentionInput = {
  /** Days to keep finished deliveries and their attempts. */
  deliveries?: number | null | undefined;
  /** Days to keep published events. */
  events?: number | null | undefined;
  /** Days to keep incoming requests, their events and alerts. */
  incoming?: number | null | undefined;
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
  payload?: import('../json.js').JsonObject | null | undefined;
};

/** Names a registered plugin. */
export type UnregisterPluginInput = {
  /** The plugin's id. */
  pluginId: string;
};

/** Which webhook to unsuspend. */
export type UnsuspendWebhookInput = {
  /** The outgoing webhook. */
  id: string | number;
  /** Also queue the webhook's diverted deliveries again. */
  resendDiverted?: boolean | null | undefined;
};

/** Fields left out are unchanged. A schema unlike the latest makes a new version; examples alone replace the latest version's. */
export type UpdateEventTypeInput = {
  /** What the event means, for receivers (up to 1,024 characters). */
  description?: string | null | undefined;
  /** Up to 10 payloads, each matching the schema. Left out: the latest version's, which must match a new schema too. */
  examples?: Array<import('../json.js').JsonObject> | null | undefined;
  /** For display (1-64 characters), e.g. the resource: invoice. */
  group?: string | null | undefined;
  /** The event type. */
  name: string;
  /** JSON Schema (draft 2020-12) of the payload, at most 64 KiB. `pattern`s must run in linear time (no backreferences or lookarounds); `format` is an annotation. */
  schema?: import('../json.js').JsonObject | null | undefined;
  /** How its payloads are checked at publish, instead of the tenant's eventValidation; null: the tenant's. Left out: unchanged. */
  validation?: EventValidation | null | undefined;
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
  tags?: import('../json.js').JsonObject | null | undefined;
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
  tags?: import('../json.js').JsonObject | null | undefined;
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

/** Fields left out are unchanged. */
export type UpdateTenantSettingsInput = {
  /** How payloads are checked at publish. */
  eventValidation?: EventValidation | null | undefined;
  /** Refuse events of types the catalogue lacks. */
  rejectUnknownEventTypes?: boolean | null | undefined;
  /** How long history is kept. */
  retention?: TenantRetentionInput | null | undefined;
};

/** AUTO moves to the latest version; MANUAL needs a version; NONE keeps the version. The plugin's init runs again. */
export type UpdateWebhookPluginInput = {
  /** The incoming webhook. */
  id: string | number;
  /** Replaces the options. Default: keep them. */
  options?: import('../json.js').JsonObject | null | undefined;
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

/** Names one incoming webhook. */
export type VerifyWebhookPluginInput = {
  /** The incoming webhook's global id. */
  id: string | number;
};

/** Which webhook changes to stream: every field given must match. */
export type WebhookChangeFilter = {
  /** Only these changes. */
  changes?: Array<WebhookChangeKind> | null | undefined;
  /** Only these webhooks (at most 100). */
  ids?: Array<string | number> | null | undefined;
  /** Only outgoing or only incoming webhooks. */
  kind?: WebhookKind | null | undefined;
};

/** What happened to a webhook. */
export type WebhookChangeKind =
  /** Created. */
  | 'CREATED'
  /** Deleted: `webhook` is null. */
  | 'DELETED'
  /** Switched off. */
  | 'DISABLED'
  /** Switched on. */
  | 'ENABLED'
  /** Given a new signing secret, or for an incoming webhook a new access key. */
  | 'SECRET_ROTATED'
  /** Suspended by the worker after too many failed deliveries in a row. */
  | 'SUSPENDED'
  /** Unsuspended (unsuspendWebhook). */
  | 'UNSUSPENDED'
  /** Edited (name, URL, event types, headers, failure handling, plugin, ...). */
  | 'UPDATED';

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

/** Why a webhook is switched off. */
export type WebhookDisabledReason =
  /** The receiver answered 410 Gone: it wants nothing more (Standard Webhooks). enableWebhook switches it back on. */
  | 'ENDPOINT_GONE'
  /** disableWebhook, or created or updated with enabled: false. */
  | 'MANUAL';

/** Which webhooks to list or count: every field given must match. */
export type WebhookFilter = {
  /** The incoming webhook with this access key (matched through a keyed digest; the key itself is never stored in the clear). */
  accessKey?: string | null | undefined;
  /** Enabled and not suspended. */
  active?: boolean | null | undefined;
  /** Incoming webhooks whose capability holds all of these values (e.g. { monitoringType: "EVENT" }). */
  capability?: import('../json.js').JsonObject | null | undefined;
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
  tags?: import('../json.js').JsonObject | null | undefined;
  /** The incoming webhook with this URL, in either form (/webhooks/incoming/... or the SpaceONE /monitoring/v1/webhook/...); the origin is not compared. */
  webhookUrl?: string | null | undefined;
};

/** Which way a webhook carries events. */
export type WebhookKind =
  /** A monitoring system posts to the webhook's secret URL; a plugin turns posts into events and alerts. */
  | 'INCOMING'
  /** The service delivers the tenant's events to the webhook's URL. */
  | 'OUTGOING';

/** How to sort webhooks; ties are broken by id. */
export type WebhookOrder = {
  /** Default ASC. */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: WebhookOrderField;
};

/** What webhooks can be sorted by. */
export type WebhookOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By the last failed attempt; webhooks that never failed sort as the oldest. */
  | 'LAST_FAILURE_AT'
  /** By name. */
  | 'NAME'
  /** By the last change of settings. */
  | 'UPDATED_AT';

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

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { name: string, projectId: string | null, scopes: Array<Scope> } | null };

export type CreatePortalSessionMutationVariables = Exact<{
  input: CreatePortalSessionInput;
}>;


export type CreatePortalSessionMutation = { createPortalSession:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'CreatePortalSessionPayload', url: string, expiresAt: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ApiKeyFieldsFragment = { id: string, name: string, prefix: string, scopes: Array<Scope>, projectId: string | null, expiresAt: string | null, lastUsedAt: string | null, revoked: boolean, createdAt: string };

export type ApiKeyListQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ApiKeyListQuery = { apiKeys: { totalCount: number, nodes: Array<{ id: string, name: string, prefix: string, scopes: Array<Scope>, projectId: string | null, expiresAt: string | null, lastUsedAt: string | null, revoked: boolean, createdAt: string }> } | null };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'CreateApiKeyPayload', key: string, apiKey: { id: string, name: string, prefix: string, scopes: Array<Scope>, projectId: string | null, expiresAt: string | null, lastUsedAt: string | null, revoked: boolean, createdAt: string } }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RevokeApiKeyPayload', apiKey: { id: string, name: string, prefix: string, scopes: Array<Scope>, projectId: string | null, expiresAt: string | null, lastUsedAt: string | null, revoked: boolean, createdAt: string } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DeliveryFieldsFragment = { id: string, status: DeliveryStatus, attemptCount: number, nextAttemptAt: string | null, lastAttemptAt: string | null, completedAt: string | null, isTest: boolean, eventType: string, messageId: string, failureTrigger: FailureTrigger | null, failureMessage: string | null, failureTimestamp: string | null, event: { id: string, type: string } | null, webhook: { id: string, name: string } | null, attempts: Array<{ attemptNumber: number, startedAt: string, durationMs: number, url: string, responseStatus: number | null, responseBody: string | null, succeeded: boolean, failureTrigger: FailureTrigger | null, failureMessage: string | null, requestHeaders: Array<{ name: string, value: string }>, responseHeaders: Array<{ name: string, value: string }> | null }> | null };

export type DeliveriesQueryVariables = Exact<{
  filter?: DeliveryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  offset?: number | null | undefined;
}>;


export type DeliveriesQuery = { deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: DeliveryStatus, attemptCount: number, nextAttemptAt: string | null, lastAttemptAt: string | null, completedAt: string | null, isTest: boolean, eventType: string, messageId: string, failureTrigger: FailureTrigger | null, failureMessage: string | null, failureTimestamp: string | null, event: { id: string, type: string } | null, webhook: { id: string, name: string } | null, attempts: Array<{ attemptNumber: number, startedAt: string, durationMs: number, url: string, responseStatus: number | null, responseBody: string | null, succeeded: boolean, failureTrigger: FailureTrigger | null, failureMessage: string | null, requestHeaders: Array<{ name: string, value: string }>, responseHeaders: Array<{ name: string, value: string }> | null }> | null }> } | null };

export type DeliveryQueryVariables = Exact<{
  id: string | number;
}>;


export type DeliveryQuery = { delivery: { id: string, status: DeliveryStatus, attemptCount: number, nextAttemptAt: string | null, lastAttemptAt: string | null, completedAt: string | null, isTest: boolean, eventType: string, messageId: string, failureTrigger: FailureTrigger | null, failureMessage: string | null, failureTimestamp: string | null, event: { id: string, type: string } | null, webhook: { id: string, name: string } | null, attempts: Array<{ attemptNumber: number, startedAt: string, durationMs: number, url: string, responseStatus: number | null, responseBody: string | null, succeeded: boolean, failureTrigger: FailureTrigger | null, failureMessage: string | null, requestHeaders: Array<{ name: string, value: string }>, responseHeaders: Array<{ name: string, value: string }> | null }> | null } | null };

export type RecoverDeliveriesMutationVariables = Exact<{
  input: RecoverDeliveriesInput;
}>;


export type RecoverDeliveriesMutation = { recoverDeliveries:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RecoverDeliveriesPayload', recoveredCount: number }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RedeliverDeliveryMutationVariables = Exact<{
  input: RedeliverDeliveryInput;
}>;


export type RedeliverDeliveryMutation = { redeliverDelivery:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RedeliverDeliveryPayload', delivery: { id: string, status: DeliveryStatus, attemptCount: number, nextAttemptAt: string | null, lastAttemptAt: string | null, completedAt: string | null, isTest: boolean, eventType: string, messageId: string, failureTrigger: FailureTrigger | null, failureMessage: string | null, failureTimestamp: string | null, createdAt: string, event: { id: string, type: string } | null, webhook: { id: string, name: string } | null, attempts: Array<{ attemptNumber: number, startedAt: string, durationMs: number, url: string, responseStatus: number | null, responseBody: string | null, succeeded: boolean, failureTrigger: FailureTrigger | null, failureMessage: string | null, requestHeaders: Array<{ name: string, value: string }>, responseHeaders: Array<{ name: string, value: string }> | null }> | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DeliveryRowFieldsFragment = { id: string, status: DeliveryStatus, attemptCount: number, eventType: string, isTest: boolean, nextAttemptAt: string | null, lastAttemptAt: string | null, completedAt: string | null, createdAt: string };

export type DeliveryLogQueryVariables = Exact<{
  filter?: DeliveryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DeliveryLogQuery = { deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: DeliveryStatus, attemptCount: number, eventType: string, isTest: boolean, nextAttemptAt: string | null, lastAttemptAt: string | null, completedAt: string | null, createdAt: string }> } | null };

export type ResendDivertedDeliveriesMutationVariables = Exact<{
  input: ResendDivertedDeliveriesInput;
}>;


export type ResendDivertedDeliveriesMutation = { resendDivertedDeliveries:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ResendDivertedDeliveriesPayload', resentCount: number }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DeliveryStatsSeriesQueryVariables = Exact<{
  filter?: DeliveryStatsFilter | null | undefined;
  bucket?: StatsBucket | null | undefined;
}>;


export type DeliveryStatsSeriesQuery = { deliveryStats: { from: string, to: string, totals: { total: number, succeeded: number, failed: number, discarded: number, diverted: number, pending: number, latencyP95Ms: number | null }, series: Array<{ start: string | null, succeeded: number, failed: number, discarded: number, diverted: number, pending: number, latencyP50Ms: number | null, latencyP95Ms: number | null }> } | null };

export type DivertedDeliveriesQueryVariables = Exact<{
  filter?: DivertedDeliveryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DivertedDeliveriesQuery = { divertedDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: DeliveryStatus, attemptCount: number, nextAttemptAt: string | null, lastAttemptAt: string | null, completedAt: string | null, isTest: boolean, eventType: string, messageId: string, failureTrigger: FailureTrigger | null, failureMessage: string | null, failureTimestamp: string | null, event: { id: string, type: string } | null, webhook: { id: string, name: string } | null, attempts: Array<{ attemptNumber: number, startedAt: string, durationMs: number, url: string, responseStatus: number | null, responseBody: string | null, succeeded: boolean, failureTrigger: FailureTrigger | null, failureMessage: string | null, requestHeaders: Array<{ name: string, value: string }>, responseHeaders: Array<{ name: string, value: string }> | null }> | null }> } | null };

export type DeleteDivertedDeliveriesMutationVariables = Exact<{
  input: DeleteDivertedDeliveriesInput;
}>;


export type DeleteDivertedDeliveriesMutation = { deleteDivertedDeliveries:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DeleteDivertedDeliveriesPayload', deletedCount: number }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

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

export type EventTypeVersionFieldsFragment = { version: number, schema: import('../json.js').JsonObject, examples: Array<import('../json.js').JsonObject>, compatibility: EventTypeCompatibility | null, breakingChanges: Array<string>, createdAt: string };

export type EventTypeFieldsFragment = { id: string, name: string, description: string, group: string | null, version: number, schema: import('../json.js').JsonObject, examples: Array<import('../json.js').JsonObject>, deprecated: boolean, deprecatedAt: string | null, deprecationReason: string | null, validation: EventValidation | null, createdAt: string, updatedAt: string };

export type EventTypesQueryVariables = Exact<{
  filter?: EventTypeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  offset?: number | null | undefined;
}>;


export type EventTypesQuery = { eventTypes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, description: string, group: string | null, version: number, schema: import('../json.js').JsonObject, examples: Array<import('../json.js').JsonObject>, deprecated: boolean, deprecatedAt: string | null, deprecationReason: string | null, validation: EventValidation | null, createdAt: string, updatedAt: string }> } | null };

export type EventTypeQueryVariables = Exact<{
  name: string;
}>;


export type EventTypeQuery = { eventType: { id: string, name: string, description: string, group: string | null, version: number, schema: import('../json.js').JsonObject, examples: Array<import('../json.js').JsonObject>, deprecated: boolean, deprecatedAt: string | null, deprecationReason: string | null, validation: EventValidation | null, createdAt: string, updatedAt: string, versions: Array<{ version: number, schema: import('../json.js').JsonObject, examples: Array<import('../json.js').JsonObject>, compatibility: EventTypeCompatibility | null, breakingChanges: Array<string>, createdAt: string }> } | null };

export type CreateEventTypeMutationVariables = Exact<{
  input: CreateEventTypeInput;
}>;


export type CreateEventTypeMutation = { createEventType:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'CreateEventTypePayload', eventType: { id: string, name: string, description: string, group: string | null, version: number, schema: import('../json.js').JsonObject, examples: Array<import('../json.js').JsonObject>, deprecated: boolean, deprecatedAt: string | null, deprecationReason: string | null, validation: EventValidation | null, createdAt: string, updatedAt: string } }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateEventTypeMutationVariables = Exact<{
  input: UpdateEventTypeInput;
}>;


export type UpdateEventTypeMutation = { updateEventType:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'UpdateEventTypePayload', newVersion: boolean, version: { version: number, schema: import('../json.js').JsonObject, examples: Array<import('../json.js').JsonObject>, compatibility: EventTypeCompatibility | null, breakingChanges: Array<string>, createdAt: string }, eventType: { id: string, name: string, description: string, group: string | null, version: number, schema: import('../json.js').JsonObject, examples: Array<import('../json.js').JsonObject>, deprecated: boolean, deprecatedAt: string | null, deprecationReason: string | null, validation: EventValidation | null, createdAt: string, updatedAt: string } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DeprecateEventTypeMutationVariables = Exact<{
  input: DeprecateEventTypeInput;
}>;


export type DeprecateEventTypeMutation = { deprecateEventType:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DeprecateEventTypePayload', eventType: { id: string, name: string, description: string, group: string | null, version: number, schema: import('../json.js').JsonObject, examples: Array<import('../json.js').JsonObject>, deprecated: boolean, deprecatedAt: string | null, deprecationReason: string | null, validation: EventValidation | null, createdAt: string, updatedAt: string } }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DeleteEventTypeMutationVariables = Exact<{
  input: DeleteEventTypeInput;
}>;


export type DeleteEventTypeMutation = { deleteEventType:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DeleteEventTypePayload', deletedName: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type EventTypesAsyncApiQueryVariables = Exact<{ [key: string]: never; }>;


export type EventTypesAsyncApiQuery = { eventTypesAsyncApi: import('../json.js').JsonObject };

export type ImportEventTypesMutationVariables = Exact<{
  input: ImportEventTypesInput;
}>;


export type ImportEventTypesMutation = { importEventTypes:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'ImportEventTypesPayload', created: Array<string>, updated: Array<string>, unchanged: Array<string> }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type PublishEventMutationVariables = Exact<{
  input: PublishEventInput;
}>;


export type PublishEventMutation = { publishEvent:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'PublishEventPayload', deliveryCount: number, duplicate: boolean, event: { id: string, type: string, payload: import('../json.js').JsonObject, subject: string | null, occurredAt: string } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type PublishEventsMutationVariables = Exact<{
  input: PublishEventsInput;
}>;


export type PublishEventsMutation = { publishEvents:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'PublishEventsPayload', results: Array<{ deliveryCount: number, duplicate: boolean, event: { id: string, type: string, payload: import('../json.js').JsonObject } }> }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type EventListQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventListQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, type: string, projectId: string | null, occurredAt: string, createdAt: string }> } | null };

export type EventDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type EventDetailQuery = { node:
    | { __typename: 'Alert' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Delivery' }
    | { __typename: 'DeliveryAttempt' }
    | { __typename: 'Erasure' }
    | { __typename: 'Event', id: string, type: string, projectId: string | null, payload: import('../json.js').JsonObject, idempotencyKey: string | null, subject: string | null, contentExpungedAt: string | null, occurredAt: string, createdAt: string, schemaViolations: Array<{ path: Array<string>, message: string }> | null, deliveries: { totalCount: number, nodes: Array<{ id: string, status: DeliveryStatus, attemptCount: number, webhook: { id: string, name: string } | null }> } | null }
    | { __typename: 'EventType' }
    | { __typename: 'IncomingEvent' }
    | { __typename: 'IncomingWebhook' }
    | { __typename: 'OutgoingWebhook' }
    | { __typename: 'Tenant' }
   | null };

export type ExpungeEventContentMutationVariables = Exact<{
  input: ExpungeEventContentInput;
}>;


export type ExpungeEventContentMutation = { expungeEventContent:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ExpungeEventContentPayload', erased: { eventCount: number, attemptCount: number, discardedDeliveryCount: number, incomingEventCount: number } }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type EraseEventsMutationVariables = Exact<{
  input: EraseEventsInput;
}>;


export type EraseEventsMutation = { eraseEvents:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'EraseEventsPayload', erased: { eventCount: number, attemptCount: number, discardedDeliveryCount: number, incomingEventCount: number } }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ErasuresQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  offset?: number | null | undefined;
}>;


export type ErasuresQuery = { erasures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ErasureKind, keyPrefix: string, request: import('../json.js').JsonObject, eventCount: number, attemptCount: number, incomingEventCount: number, createdAt: string }> } | null };

export type IncomingWebhookFieldsFragment = { id: string, name: string, kind: WebhookKind, enabled: boolean, projectId: string | null, tags: import('../json.js').JsonObject, webhookUrl: string | null, lastReceivedAt: string | null, capability: import('../json.js').JsonObject, plugin: { pluginId: string, version: string, options: import('../json.js').JsonObject, metadata: import('../json.js').JsonObject, upgradeMode: PluginUpgradeMode }, authentication: { type: IncomingAuthenticationType, username: string | null, signatureHeader: string | null, signaturePrefix: string | null, encoding: SignatureEncoding | null, timestampHeader: string | null, toleranceSeconds: number | null, secretHint: string | null }, requests: { total: number, error: number } };

export type CreateIncomingWebhookMutationVariables = Exact<{
  input: CreateIncomingWebhookInput;
}>;


export type CreateIncomingWebhookMutation = { createIncomingWebhook:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'CreateIncomingWebhookPayload', webhook: { id: string, name: string, kind: WebhookKind, enabled: boolean, projectId: string | null, tags: import('../json.js').JsonObject, webhookUrl: string | null, lastReceivedAt: string | null, capability: import('../json.js').JsonObject, plugin: { pluginId: string, version: string, options: import('../json.js').JsonObject, metadata: import('../json.js').JsonObject, upgradeMode: PluginUpgradeMode }, authentication: { type: IncomingAuthenticationType, username: string | null, signatureHeader: string | null, signaturePrefix: string | null, encoding: SignatureEncoding | null, timestampHeader: string | null, toleranceSeconds: number | null, secretHint: string | null }, requests: { total: number, error: number } } }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type IncomingWebhookQueryVariables = Exact<{
  id: string | number;
}>;


export type IncomingWebhookQuery = { webhook:
    | { __typename: 'IncomingWebhook', id: string, name: string, kind: WebhookKind, enabled: boolean, projectId: string | null, tags: import('../json.js').JsonObject, webhookUrl: string | null, lastReceivedAt: string | null, capability: import('../json.js').JsonObject, plugin: { pluginId: string, version: string, options: import('../json.js').JsonObject, metadata: import('../json.js').JsonObject, upgradeMode: PluginUpgradeMode }, authentication: { type: IncomingAuthenticationType, username: string | null, signatureHeader: string | null, signaturePrefix: string | null, encoding: SignatureEncoding | null, timestampHeader: string | null, toleranceSeconds: number | null, secretHint: string | null }, requests: { total: number, error: number } }
    | { __typename: 'OutgoingWebhook' }
   | null };

export type IncomingEventsQueryVariables = Exact<{
  filter?: IncomingEventFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type IncomingEventsQuery = { incomingEvents: { totalCount: number, nodes: Array<{ id: string, eventKey: string, eventType: IncomingEventType, severity: Severity, title: string, description: string | null, rawData: import('../json.js').JsonValue | null, alert: { id: string, state: AlertState, eventCount: number } | null, webhook:
        | { id: string }
        | { id: string }
       | null }> } | null };

export type IncomingWebhookListQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type IncomingWebhookListQuery = { webhooks: { totalCount: number, nodes: Array<
      | { __typename: 'IncomingWebhook', id: string, name: string, enabled: boolean, projectId: string | null, webhookUrl: string | null, lastReceivedAt: string | null, plugin: { pluginId: string, version: string }, authentication: { type: IncomingAuthenticationType } }
      | { __typename: 'OutgoingWebhook' }
    > } | null };

export type AlertRowFieldsFragment = { id: string, title: string, state: AlertState, severity: Severity, eventCount: number, lastEventAt: string, projectId: string | null };

export type AlertListQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AlertListQuery = { alerts: { totalCount: number, nodes: Array<{ id: string, title: string, state: AlertState, severity: Severity, eventCount: number, lastEventAt: string, projectId: string | null }> } | null };

export type AlertRowChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AlertRowChangedSubscription = { alertChanged: { alertId: string, alert: { id: string, title: string, state: AlertState, severity: Severity, eventCount: number, lastEventAt: string, projectId: string | null } | null } };

export type IncomingEventStatsQueryVariables = Exact<{
  groupBy: IncomingEventGroup;
  filter?: IncomingEventStatsFilter | null | undefined;
  bucket?: StatsBucket | null | undefined;
}>;


export type IncomingEventStatsQuery = { incomingEventStats: { total: number, from: string, to: string, groups: Array<{ key: string | null, count: number }>, series: Array<{ start: string, total: number }> } | null };

export type AlertQueryVariables = Exact<{
  id: string | number;
}>;


export type AlertQuery = { alert: { description: string | null, urgency: Urgency, eventKey: string, firstEventAt: string, resolvedAt: string | null, id: string, title: string, state: AlertState, severity: Severity, eventCount: number, lastEventAt: string, projectId: string | null } | null };

export type ResolveAlertMutationVariables = Exact<{
  input: ResolveAlertInput;
}>;


export type ResolveAlertMutation = { resolveAlert:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ResolveAlertPayload', alert: { id: string, title: string, state: AlertState, severity: Severity, eventCount: number, lastEventAt: string, projectId: string | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateIncomingWebhookMutationVariables = Exact<{
  input: UpdateIncomingWebhookInput;
}>;


export type UpdateIncomingWebhookMutation = { updateIncomingWebhook:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'UpdateIncomingWebhookPayload', webhook: { id: string, name: string, kind: WebhookKind, enabled: boolean, projectId: string | null, tags: import('../json.js').JsonObject, webhookUrl: string | null, lastReceivedAt: string | null, capability: import('../json.js').JsonObject, plugin: { pluginId: string, version: string, options: import('../json.js').JsonObject, metadata: import('../json.js').JsonObject, upgradeMode: PluginUpgradeMode }, authentication: { type: IncomingAuthenticationType, username: string | null, signatureHeader: string | null, signaturePrefix: string | null, encoding: SignatureEncoding | null, timestampHeader: string | null, toleranceSeconds: number | null, secretHint: string | null }, requests: { total: number, error: number } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RegenerateAccessKeyMutationVariables = Exact<{
  input: RegenerateAccessKeyInput;
}>;


export type RegenerateAccessKeyMutation = { regenerateAccessKey:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RegenerateAccessKeyPayload', webhook: { id: string, name: string, kind: WebhookKind, enabled: boolean, projectId: string | null, tags: import('../json.js').JsonObject, webhookUrl: string | null, lastReceivedAt: string | null, capability: import('../json.js').JsonObject, plugin: { pluginId: string, version: string, options: import('../json.js').JsonObject, metadata: import('../json.js').JsonObject, upgradeMode: PluginUpgradeMode }, authentication: { type: IncomingAuthenticationType, username: string | null, signatureHeader: string | null, signaturePrefix: string | null, encoding: SignatureEncoding | null, timestampHeader: string | null, toleranceSeconds: number | null, secretHint: string | null }, requests: { total: number, error: number } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateWebhookPluginMutationVariables = Exact<{
  input: UpdateWebhookPluginInput;
}>;


export type UpdateWebhookPluginMutation = { updateWebhookPlugin:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'UpdateWebhookPluginPayload', webhook: { id: string, name: string, kind: WebhookKind, enabled: boolean, projectId: string | null, tags: import('../json.js').JsonObject, webhookUrl: string | null, lastReceivedAt: string | null, capability: import('../json.js').JsonObject, plugin: { pluginId: string, version: string, options: import('../json.js').JsonObject, metadata: import('../json.js').JsonObject, upgradeMode: PluginUpgradeMode }, authentication: { type: IncomingAuthenticationType, username: string | null, signatureHeader: string | null, signaturePrefix: string | null, encoding: SignatureEncoding | null, timestampHeader: string | null, toleranceSeconds: number | null, secretHint: string | null }, requests: { total: number, error: number } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type VerifyWebhookPluginMutationVariables = Exact<{
  input: VerifyWebhookPluginInput;
}>;


export type VerifyWebhookPluginMutation = { verifyWebhookPlugin:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'VerifyWebhookPluginPayload', ok: boolean, message: string }
   };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Alert', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Delivery', id: string }
    | { __typename: 'DeliveryAttempt', id: string }
    | { __typename: 'Erasure', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventType', id: string }
    | { __typename: 'IncomingEvent', id: string }
    | { __typename: 'IncomingWebhook', id: string }
    | { __typename: 'OutgoingWebhook', id: string }
    | { __typename: 'Tenant', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Alert', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Delivery', id: string }
    | { __typename: 'DeliveryAttempt', id: string }
    | { __typename: 'Erasure', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventType', id: string }
    | { __typename: 'IncomingEvent', id: string }
    | { __typename: 'IncomingWebhook', id: string }
    | { __typename: 'OutgoingWebhook', id: string }
    | { __typename: 'Tenant', id: string }
   | null> };

export type OutgoingWebhookFieldsFragment = { id: string, kind: WebhookKind, name: string, type: WebhookDestinationType, ordering: WebhookOrdering, maxConcurrentRequests: number | null, url: string, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, state: WebhookState, active: boolean, projectId: string | null, tags: import('../json.js').JsonObject, eventTypes: Array<string>, secretHint: string | null, suspended: boolean, suspendedAt: string | null, suspendReason: string | null, consecutiveFailures: number, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string, updatedAt: string, rateLimit: { perSecond: number, burst: number } | null, destinationSettings: { secretHint: string | null, region: string | null, site: string | null, index: string | null, source: string | null, sourceType: string | null, expression: string | null, contentType: string | null, exchange: string | null, routingKeyTemplate: string | null, persistent: boolean | null, subjectTemplate: string | null, streamKeyTemplate: string | null, maxLength: number | null, topicTemplate: string | null, clientId: string | null }, headers: Array<{ name: string, values: Array<string> }>, failureHandling: { divert: boolean, suspend: boolean, suspendAfterConsecutiveFailures: number, timeoutSeconds: number, retryStrategy: { type: RetryStrategyType, intervalSeconds: number | null, attempts: number }, triggers: { types: Array<FailureTrigger>, statusCodes: Array<number> } } };

export type CreateOutgoingWebhookMutationVariables = Exact<{
  input: CreateOutgoingWebhookInput;
}>;


export type CreateOutgoingWebhookMutation = { createOutgoingWebhook:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'CreateOutgoingWebhookPayload', secret: string, unknownEventTypes: Array<string>, webhook: { id: string, kind: WebhookKind, name: string, type: WebhookDestinationType, ordering: WebhookOrdering, maxConcurrentRequests: number | null, url: string, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, state: WebhookState, active: boolean, projectId: string | null, tags: import('../json.js').JsonObject, eventTypes: Array<string>, secretHint: string | null, suspended: boolean, suspendedAt: string | null, suspendReason: string | null, consecutiveFailures: number, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string, updatedAt: string, rateLimit: { perSecond: number, burst: number } | null, destinationSettings: { secretHint: string | null, region: string | null, site: string | null, index: string | null, source: string | null, sourceType: string | null, expression: string | null, contentType: string | null, exchange: string | null, routingKeyTemplate: string | null, persistent: boolean | null, subjectTemplate: string | null, streamKeyTemplate: string | null, maxLength: number | null, topicTemplate: string | null, clientId: string | null }, headers: Array<{ name: string, values: Array<string> }>, failureHandling: { divert: boolean, suspend: boolean, suspendAfterConsecutiveFailures: number, timeoutSeconds: number, retryStrategy: { type: RetryStrategyType, intervalSeconds: number | null, attempts: number }, triggers: { types: Array<FailureTrigger>, statusCodes: Array<number> } } } }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateOutgoingWebhookMutationVariables = Exact<{
  input: UpdateOutgoingWebhookInput;
}>;


export type UpdateOutgoingWebhookMutation = { updateOutgoingWebhook:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'UpdateOutgoingWebhookPayload', unknownEventTypes: Array<string>, webhook: { id: string, kind: WebhookKind, name: string, type: WebhookDestinationType, ordering: WebhookOrdering, maxConcurrentRequests: number | null, url: string, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, state: WebhookState, active: boolean, projectId: string | null, tags: import('../json.js').JsonObject, eventTypes: Array<string>, secretHint: string | null, suspended: boolean, suspendedAt: string | null, suspendReason: string | null, consecutiveFailures: number, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string, updatedAt: string, rateLimit: { perSecond: number, burst: number } | null, destinationSettings: { secretHint: string | null, region: string | null, site: string | null, index: string | null, source: string | null, sourceType: string | null, expression: string | null, contentType: string | null, exchange: string | null, routingKeyTemplate: string | null, persistent: boolean | null, subjectTemplate: string | null, streamKeyTemplate: string | null, maxLength: number | null, topicTemplate: string | null, clientId: string | null }, headers: Array<{ name: string, values: Array<string> }>, failureHandling: { divert: boolean, suspend: boolean, suspendAfterConsecutiveFailures: number, timeoutSeconds: number, retryStrategy: { type: RetryStrategyType, intervalSeconds: number | null, attempts: number }, triggers: { types: Array<FailureTrigger>, statusCodes: Array<number> } } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DeleteWebhookMutationVariables = Exact<{
  input: DeleteWebhookInput;
}>;


export type DeleteWebhookMutation = { deleteWebhook:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DeleteWebhookPayload', deletedId: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type OutgoingWebhookQueryVariables = Exact<{
  id: string | number;
}>;


export type OutgoingWebhookQuery = { webhook:
    | { __typename: 'IncomingWebhook' }
    | { __typename: 'OutgoingWebhook', id: string, kind: WebhookKind, name: string, type: WebhookDestinationType, ordering: WebhookOrdering, maxConcurrentRequests: number | null, url: string, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, state: WebhookState, active: boolean, projectId: string | null, tags: import('../json.js').JsonObject, eventTypes: Array<string>, secretHint: string | null, suspended: boolean, suspendedAt: string | null, suspendReason: string | null, consecutiveFailures: number, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string, updatedAt: string, rateLimit: { perSecond: number, burst: number } | null, destinationSettings: { secretHint: string | null, region: string | null, site: string | null, index: string | null, source: string | null, sourceType: string | null, expression: string | null, contentType: string | null, exchange: string | null, routingKeyTemplate: string | null, persistent: boolean | null, subjectTemplate: string | null, streamKeyTemplate: string | null, maxLength: number | null, topicTemplate: string | null, clientId: string | null }, headers: Array<{ name: string, values: Array<string> }>, failureHandling: { divert: boolean, suspend: boolean, suspendAfterConsecutiveFailures: number, timeoutSeconds: number, retryStrategy: { type: RetryStrategyType, intervalSeconds: number | null, attempts: number }, triggers: { types: Array<FailureTrigger>, statusCodes: Array<number> } } }
   | null };

export type OutgoingWebhooksQueryVariables = Exact<{
  filter?: WebhookFilter | null | undefined;
  orderBy?: WebhookOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  offset?: number | null | undefined;
}>;


export type OutgoingWebhooksQuery = { webhooks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
      | { __typename: 'IncomingWebhook' }
      | { __typename: 'OutgoingWebhook', id: string, kind: WebhookKind, name: string, type: WebhookDestinationType, ordering: WebhookOrdering, maxConcurrentRequests: number | null, url: string, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, state: WebhookState, active: boolean, projectId: string | null, tags: import('../json.js').JsonObject, eventTypes: Array<string>, secretHint: string | null, suspended: boolean, suspendedAt: string | null, suspendReason: string | null, consecutiveFailures: number, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string, updatedAt: string, rateLimit: { perSecond: number, burst: number } | null, destinationSettings: { secretHint: string | null, region: string | null, site: string | null, index: string | null, source: string | null, sourceType: string | null, expression: string | null, contentType: string | null, exchange: string | null, routingKeyTemplate: string | null, persistent: boolean | null, subjectTemplate: string | null, streamKeyTemplate: string | null, maxLength: number | null, topicTemplate: string | null, clientId: string | null }, headers: Array<{ name: string, values: Array<string> }>, failureHandling: { divert: boolean, suspend: boolean, suspendAfterConsecutiveFailures: number, timeoutSeconds: number, retryStrategy: { type: RetryStrategyType, intervalSeconds: number | null, attempts: number }, triggers: { types: Array<FailureTrigger>, statusCodes: Array<number> } } }
    > } | null };

export type PreviewWebhookPayloadQueryVariables = Exact<{
  id: string | number;
  eventType?: string | null | undefined;
  payload?: import('../json.js').JsonObject | null | undefined;
  example?: number | null | undefined;
}>;


export type PreviewWebhookPayloadQuery = { previewWebhookPayload:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'WebhookPayloadPreview', url: string, target: string | null, body: string, headers: Array<{ name: string, value: string }> }
   };

export type EnableWebhookMutationVariables = Exact<{
  input: EnableWebhookInput;
}>;


export type EnableWebhookMutation = { enableWebhook:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'EnableWebhookPayload', webhook:
        | { id: string, kind: WebhookKind, name: string, type: WebhookDestinationType, ordering: WebhookOrdering, maxConcurrentRequests: number | null, url: string, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, state: WebhookState, active: boolean, projectId: string | null, tags: import('../json.js').JsonObject, eventTypes: Array<string>, secretHint: string | null, suspended: boolean, suspendedAt: string | null, suspendReason: string | null, consecutiveFailures: number, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string, updatedAt: string, rateLimit: { perSecond: number, burst: number } | null, destinationSettings: { secretHint: string | null, region: string | null, site: string | null, index: string | null, source: string | null, sourceType: string | null, expression: string | null, contentType: string | null, exchange: string | null, routingKeyTemplate: string | null, persistent: boolean | null, subjectTemplate: string | null, streamKeyTemplate: string | null, maxLength: number | null, topicTemplate: string | null, clientId: string | null }, headers: Array<{ name: string, values: Array<string> }>, failureHandling: { divert: boolean, suspend: boolean, suspendAfterConsecutiveFailures: number, timeoutSeconds: number, retryStrategy: { type: RetryStrategyType, intervalSeconds: number | null, attempts: number }, triggers: { types: Array<FailureTrigger>, statusCodes: Array<number> } } }
        | Record<PropertyKey, never>
       }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DisableWebhookMutationVariables = Exact<{
  input: DisableWebhookInput;
}>;


export type DisableWebhookMutation = { disableWebhook:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DisableWebhookPayload', webhook:
        | { id: string, kind: WebhookKind, name: string, type: WebhookDestinationType, ordering: WebhookOrdering, maxConcurrentRequests: number | null, url: string, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, state: WebhookState, active: boolean, projectId: string | null, tags: import('../json.js').JsonObject, eventTypes: Array<string>, secretHint: string | null, suspended: boolean, suspendedAt: string | null, suspendReason: string | null, consecutiveFailures: number, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string, updatedAt: string, rateLimit: { perSecond: number, burst: number } | null, destinationSettings: { secretHint: string | null, region: string | null, site: string | null, index: string | null, source: string | null, sourceType: string | null, expression: string | null, contentType: string | null, exchange: string | null, routingKeyTemplate: string | null, persistent: boolean | null, subjectTemplate: string | null, streamKeyTemplate: string | null, maxLength: number | null, topicTemplate: string | null, clientId: string | null }, headers: Array<{ name: string, values: Array<string> }>, failureHandling: { divert: boolean, suspend: boolean, suspendAfterConsecutiveFailures: number, timeoutSeconds: number, retryStrategy: { type: RetryStrategyType, intervalSeconds: number | null, attempts: number }, triggers: { types: Array<FailureTrigger>, statusCodes: Array<number> } } }
        | Record<PropertyKey, never>
       }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RotateWebhookSecretMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RotateWebhookSecretPayload', secret: string, webhook: { id: string, kind: WebhookKind, name: string, type: WebhookDestinationType, ordering: WebhookOrdering, maxConcurrentRequests: number | null, url: string, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, state: WebhookState, active: boolean, projectId: string | null, tags: import('../json.js').JsonObject, eventTypes: Array<string>, secretHint: string | null, suspended: boolean, suspendedAt: string | null, suspendReason: string | null, consecutiveFailures: number, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string, updatedAt: string, rateLimit: { perSecond: number, burst: number } | null, destinationSettings: { secretHint: string | null, region: string | null, site: string | null, index: string | null, source: string | null, sourceType: string | null, expression: string | null, contentType: string | null, exchange: string | null, routingKeyTemplate: string | null, persistent: boolean | null, subjectTemplate: string | null, streamKeyTemplate: string | null, maxLength: number | null, topicTemplate: string | null, clientId: string | null }, headers: Array<{ name: string, values: Array<string> }>, failureHandling: { divert: boolean, suspend: boolean, suspendAfterConsecutiveFailures: number, timeoutSeconds: number, retryStrategy: { type: RetryStrategyType, intervalSeconds: number | null, attempts: number }, triggers: { types: Array<FailureTrigger>, statusCodes: Array<number> } } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type EndpointRowFieldsFragment = { id: string, name: string, url: string, type: WebhookDestinationType, enabled: boolean, suspended: boolean, lastSuccessAt: string | null, recentDeliveries: { succeeded: Array<number>, failed: Array<number>, successRate: number | null } | null };

export type EndpointListQueryVariables = Exact<{
  filter?: WebhookFilter | null | undefined;
  orderBy?: WebhookOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EndpointListQuery = { webhooks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
      | { __typename: 'IncomingWebhook' }
      | { __typename: 'OutgoingWebhook', id: string, name: string, url: string, type: WebhookDestinationType, enabled: boolean, suspended: boolean, lastSuccessAt: string | null, recentDeliveries: { succeeded: Array<number>, failed: Array<number>, successRate: number | null } | null }
    > } | null };

export type TestWebhookMutationVariables = Exact<{
  input: TestWebhookInput;
}>;


export type TestWebhookMutation = { testWebhook:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TestWebhookPayload', attempt: { succeeded: boolean, responseStatus: number | null, responseBody: string | null, durationMs: number, failureTrigger: FailureTrigger | null, failureMessage: string | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UnsuspendWebhookMutationVariables = Exact<{
  input: UnsuspendWebhookInput;
}>;


export type UnsuspendWebhookMutation = { unsuspendWebhook:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'UnsuspendWebhookPayload', resentCount: number, webhook: { id: string, kind: WebhookKind, name: string, type: WebhookDestinationType, ordering: WebhookOrdering, maxConcurrentRequests: number | null, url: string, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, state: WebhookState, active: boolean, projectId: string | null, tags: import('../json.js').JsonObject, eventTypes: Array<string>, secretHint: string | null, suspended: boolean, suspendedAt: string | null, suspendReason: string | null, consecutiveFailures: number, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string, updatedAt: string, rateLimit: { perSecond: number, burst: number } | null, destinationSettings: { secretHint: string | null, region: string | null, site: string | null, index: string | null, source: string | null, sourceType: string | null, expression: string | null, contentType: string | null, exchange: string | null, routingKeyTemplate: string | null, persistent: boolean | null, subjectTemplate: string | null, streamKeyTemplate: string | null, maxLength: number | null, topicTemplate: string | null, clientId: string | null }, headers: Array<{ name: string, values: Array<string> }>, failureHandling: { divert: boolean, suspend: boolean, suspendAfterConsecutiveFailures: number, timeoutSeconds: number, retryStrategy: { type: RetryStrategyType, intervalSeconds: number | null, attempts: number }, triggers: { types: Array<FailureTrigger>, statusCodes: Array<number> } } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type WebhookStatsQueryVariables = Exact<{
  filter?: WebhookFilter | null | undefined;
  groupBy: Array<WebhookStatsGroup> | WebhookStatsGroup;
  limit?: number | null | undefined;
}>;


export type WebhookStatsQuery = { webhookStats: { total: number, rows: Array<{ count: number, kind: WebhookKind | null, state: WebhookState | null, suspended: boolean | null, projectId: string | null, pluginId: string | null, eventType: string | null, createdDay: string | null }> } | null };

export type PluginFieldsFragment = { id: string, name: string, description: string, source: PluginSource, url: string | null, latestVersion: string, secretHint: string | null, capability: import('../json.js').JsonObject };

export type PluginsQueryVariables = Exact<{ [key: string]: never; }>;


export type PluginsQuery = { plugins: Array<{ id: string, name: string, description: string, source: PluginSource, url: string | null, latestVersion: string, secretHint: string | null, capability: import('../json.js').JsonObject }> | null };

export type RegisterPluginMutationVariables = Exact<{
  input: RegisterPluginInput;
}>;


export type RegisterPluginMutation = { registerPlugin:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RegisterPluginPayload', plugin: { id: string, name: string, description: string, source: PluginSource, url: string | null, latestVersion: string, secretHint: string | null, capability: import('../json.js').JsonObject } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateRegisteredPluginMutationVariables = Exact<{
  input: UpdateRegisteredPluginInput;
}>;


export type UpdateRegisteredPluginMutation = { updateRegisteredPlugin:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'UpdateRegisteredPluginPayload', plugin: { id: string, name: string, description: string, source: PluginSource, url: string | null, latestVersion: string, secretHint: string | null, capability: import('../json.js').JsonObject } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UnregisterPluginMutationVariables = Exact<{
  input: UnregisterPluginInput;
}>;


export type UnregisterPluginMutation = { unregisterPlugin:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'UnregisterPluginPayload', pluginId: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DeliveryUpdatedSubscriptionVariables = Exact<{
  filter?: DeliveryUpdateFilter | null | undefined;
}>;


export type DeliveryUpdatedSubscription = { deliveryUpdated: { deliveryId: string, status: DeliveryStatus, attemptCount: number, changedAt: string, delivery: { id: string, status: DeliveryStatus, attemptCount: number, nextAttemptAt: string | null, lastAttemptAt: string | null, completedAt: string | null, isTest: boolean, eventType: string, messageId: string, failureTrigger: FailureTrigger | null, failureMessage: string | null, failureTimestamp: string | null, event: { id: string, type: string } | null, webhook: { id: string, name: string } | null, attempts: Array<{ attemptNumber: number, startedAt: string, durationMs: number, url: string, responseStatus: number | null, responseBody: string | null, succeeded: boolean, failureTrigger: FailureTrigger | null, failureMessage: string | null, requestHeaders: Array<{ name: string, value: string }>, responseHeaders: Array<{ name: string, value: string }> | null }> | null } | null } };

export type WebhookChangedSubscriptionVariables = Exact<{
  filter?: WebhookChangeFilter | null | undefined;
}>;


export type WebhookChangedSubscription = { webhookChanged: { webhookId: string, kind: WebhookKind, change: WebhookChangeKind, changedAt: string, webhook:
      | { id: string, name: string, enabled: boolean }
      | { suspended: boolean, id: string, name: string, enabled: boolean }
     | null } };

export type AlertChangedSubscriptionVariables = Exact<{
  filter?: AlertChangeFilter | null | undefined;
}>;


export type AlertChangedSubscription = { alertChanged: { alertId: string, state: AlertState, changedAt: string, alert: { id: string, title: string, state: AlertState, severity: Severity, eventCount: number } | null } };

export type IncomingEventReceivedSubscriptionVariables = Exact<{
  filter?: IncomingEventReceivedFilter | null | undefined;
}>;


export type IncomingEventReceivedSubscription = { incomingEventReceived: { id: string, eventKey: string, eventType: IncomingEventType, severity: Severity, title: string, createdAt: string } | null };

export type DeliveryLogUpdatedSubscriptionVariables = Exact<{
  filter?: DeliveryUpdateFilter | null | undefined;
}>;


export type DeliveryLogUpdatedSubscription = { deliveryUpdated: { deliveryId: string, delivery: { id: string, status: DeliveryStatus, attemptCount: number, eventType: string, isTest: boolean, nextAttemptAt: string | null, lastAttemptAt: string | null, completedAt: string | null, createdAt: string } | null } };

export type UpdateTenantSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type UpdateTenantSettingsMutation = { updateTenantSettings:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', missingScope: Scope, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'UpdateTenantSettingsPayload', tenant: { id: string, name: string, eventValidation: EventValidation, rejectUnknownEventTypes: boolean, retention: { events: number, deliveries: number, incoming: number } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

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
export const ApiKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  projectId
  expiresAt
  lastUsedAt
  revoked
  createdAt
}
    `, {"fragmentName":"ApiKeyFields"}) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const DeliveryFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeliveryFields on Delivery {
  id
  status
  attemptCount
  nextAttemptAt
  lastAttemptAt
  completedAt
  isTest
  eventType
  messageId
  failureTrigger
  failureMessage
  failureTimestamp
  event {
    id
    type
  }
  webhook {
    id
    name
  }
  attempts {
    attemptNumber
    startedAt
    durationMs
    url
    requestHeaders {
      name
      value
    }
    responseStatus
    responseHeaders {
      name
      value
    }
    responseBody
    succeeded
    failureTrigger
    failureMessage
  }
}
    `, {"fragmentName":"DeliveryFields"}) as unknown as TypedDocumentString<DeliveryFieldsFragment, unknown>;
export const DeliveryRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeliveryRowFields on Delivery {
  id
  status
  attemptCount
  eventType
  isTest
  nextAttemptAt
  lastAttemptAt
  completedAt
  createdAt
}
    `, {"fragmentName":"DeliveryRowFields"}) as unknown as TypedDocumentString<DeliveryRowFieldsFragment, unknown>;
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
export const EventTypeVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment EventTypeVersionFields on EventTypeVersion {
  version
  schema
  examples
  compatibility
  breakingChanges
  createdAt
}
    `, {"fragmentName":"EventTypeVersionFields"}) as unknown as TypedDocumentString<EventTypeVersionFieldsFragment, unknown>;
export const EventTypeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EventTypeFields on EventType {
  id
  name
  description
  group
  version
  schema
  examples
  deprecated
  deprecatedAt
  deprecationReason
  validation
  createdAt
  updatedAt
}
    `, {"fragmentName":"EventTypeFields"}) as unknown as TypedDocumentString<EventTypeFieldsFragment, unknown>;
export const IncomingWebhookFieldsFragmentDoc = new TypedDocumentString(`
    fragment IncomingWebhookFields on IncomingWebhook {
  id
  name
  kind
  enabled
  projectId
  tags
  webhookUrl
  lastReceivedAt
  capability
  plugin {
    pluginId
    version
    options
    metadata
    upgradeMode
  }
  authentication {
    type
    username
    signatureHeader
    signaturePrefix
    encoding
    timestampHeader
    toleranceSeconds
    secretHint
  }
  requests {
    total
    error
  }
}
    `, {"fragmentName":"IncomingWebhookFields"}) as unknown as TypedDocumentString<IncomingWebhookFieldsFragment, unknown>;
export const AlertRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment AlertRowFields on Alert {
  id
  title
  state
  severity
  eventCount
  lastEventAt
  projectId
}
    `, {"fragmentName":"AlertRowFields"}) as unknown as TypedDocumentString<AlertRowFieldsFragment, unknown>;
export const OutgoingWebhookFieldsFragmentDoc = new TypedDocumentString(`
    fragment OutgoingWebhookFields on OutgoingWebhook {
  id
  kind
  name
  type
  ordering
  rateLimit {
    perSecond
    burst
  }
  maxConcurrentRequests
  url
  destinationSettings {
    secretHint
    region
    site
    index
    source
    sourceType
    expression
    contentType
    exchange
    routingKeyTemplate
    persistent
    subjectTemplate
    streamKeyTemplate
    maxLength
    topicTemplate
    clientId
  }
  enabled
  disabledReason
  disabledAt
  state
  active
  projectId
  tags
  eventTypes
  headers {
    name
    values
  }
  secretHint
  suspended
  suspendedAt
  suspendReason
  consecutiveFailures
  lastSuccessAt
  lastFailureAt
  failureHandling {
    retryStrategy {
      type
      intervalSeconds
      attempts
    }
    triggers {
      types
      statusCodes
    }
    divert
    suspend
    suspendAfterConsecutiveFailures
    timeoutSeconds
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"OutgoingWebhookFields"}) as unknown as TypedDocumentString<OutgoingWebhookFieldsFragment, unknown>;
export const EndpointRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment EndpointRowFields on OutgoingWebhook {
  id
  name
  url
  type
  enabled
  suspended
  lastSuccessAt
  recentDeliveries {
    succeeded
    failed
    successRate
  }
}
    `, {"fragmentName":"EndpointRowFields"}) as unknown as TypedDocumentString<EndpointRowFieldsFragment, unknown>;
export const PluginFieldsFragmentDoc = new TypedDocumentString(`
    fragment PluginFields on Plugin {
  id
  name
  description
  source
  url
  latestVersion
  secretHint
  capability
}
    `, {"fragmentName":"PluginFields"}) as unknown as TypedDocumentString<PluginFieldsFragment, unknown>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    name
    projectId
    scopes
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const CreatePortalSessionDocument = new TypedDocumentString(`
    mutation CreatePortalSession($input: CreatePortalSessionInput!) {
  createPortalSession(input: $input) {
    ... on CreatePortalSessionPayload {
      __typename
      url
      expiresAt
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
}`) as unknown as TypedDocumentString<CreatePortalSessionMutation, CreatePortalSessionMutationVariables>;
export const ApiKeyListDocument = new TypedDocumentString(`
    query ApiKeyList($first: Int) {
  apiKeys(first: $first) {
    totalCount
    nodes {
      ...ApiKeyFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  projectId
  expiresAt
  lastUsedAt
  revoked
  createdAt
}`) as unknown as TypedDocumentString<ApiKeyListQuery, ApiKeyListQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    ... on CreateApiKeyPayload {
      __typename
      key
      apiKey {
        ...ApiKeyFields
      }
    }
    ...MutationError
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  projectId
  expiresAt
  lastUsedAt
  revoked
  createdAt
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
}`) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    ... on RevokeApiKeyPayload {
      __typename
      apiKey {
        ...ApiKeyFields
      }
    }
    ...MutationError
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  projectId
  expiresAt
  lastUsedAt
  revoked
  createdAt
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
}`) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const DeliveriesDocument = new TypedDocumentString(`
    query Deliveries($filter: DeliveryFilter, $first: Int, $after: String, $offset: Int) {
  deliveries(filter: $filter, first: $first, after: $after, offset: $offset) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...DeliveryFields
    }
  }
}
    fragment DeliveryFields on Delivery {
  id
  status
  attemptCount
  nextAttemptAt
  lastAttemptAt
  completedAt
  isTest
  eventType
  messageId
  failureTrigger
  failureMessage
  failureTimestamp
  event {
    id
    type
  }
  webhook {
    id
    name
  }
  attempts {
    attemptNumber
    startedAt
    durationMs
    url
    requestHeaders {
      name
      value
    }
    responseStatus
    responseHeaders {
      name
      value
    }
    responseBody
    succeeded
    failureTrigger
    failureMessage
  }
}`) as unknown as TypedDocumentString<DeliveriesQuery, DeliveriesQueryVariables>;
export const DeliveryDocument = new TypedDocumentString(`
    query Delivery($id: ID!) {
  delivery(id: $id) {
    ...DeliveryFields
  }
}
    fragment DeliveryFields on Delivery {
  id
  status
  attemptCount
  nextAttemptAt
  lastAttemptAt
  completedAt
  isTest
  eventType
  messageId
  failureTrigger
  failureMessage
  failureTimestamp
  event {
    id
    type
  }
  webhook {
    id
    name
  }
  attempts {
    attemptNumber
    startedAt
    durationMs
    url
    requestHeaders {
      name
      value
    }
    responseStatus
    responseHeaders {
      name
      value
    }
    responseBody
    succeeded
    failureTrigger
    failureMessage
  }
}`) as unknown as TypedDocumentString<DeliveryQuery, DeliveryQueryVariables>;
export const RecoverDeliveriesDocument = new TypedDocumentString(`
    mutation RecoverDeliveries($input: RecoverDeliveriesInput!) {
  recoverDeliveries(input: $input) {
    ... on RecoverDeliveriesPayload {
      __typename
      recoveredCount
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
}`) as unknown as TypedDocumentString<RecoverDeliveriesMutation, RecoverDeliveriesMutationVariables>;
export const RedeliverDeliveryDocument = new TypedDocumentString(`
    mutation RedeliverDelivery($input: RedeliverDeliveryInput!) {
  redeliverDelivery(input: $input) {
    ... on RedeliverDeliveryPayload {
      __typename
      delivery {
        ...DeliveryFields
        ...DeliveryRowFields
      }
    }
    ...MutationError
  }
}
    fragment DeliveryFields on Delivery {
  id
  status
  attemptCount
  nextAttemptAt
  lastAttemptAt
  completedAt
  isTest
  eventType
  messageId
  failureTrigger
  failureMessage
  failureTimestamp
  event {
    id
    type
  }
  webhook {
    id
    name
  }
  attempts {
    attemptNumber
    startedAt
    durationMs
    url
    requestHeaders {
      name
      value
    }
    responseStatus
    responseHeaders {
      name
      value
    }
    responseBody
    succeeded
    failureTrigger
    failureMessage
  }
}
fragment DeliveryRowFields on Delivery {
  id
  status
  attemptCount
  eventType
  isTest
  nextAttemptAt
  lastAttemptAt
  completedAt
  createdAt
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
}`) as unknown as TypedDocumentString<RedeliverDeliveryMutation, RedeliverDeliveryMutationVariables>;
export const DeliveryLogDocument = new TypedDocumentString(`
    query DeliveryLog($filter: DeliveryFilter, $first: Int, $after: String) {
  deliveries(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...DeliveryRowFields
    }
  }
}
    fragment DeliveryRowFields on Delivery {
  id
  status
  attemptCount
  eventType
  isTest
  nextAttemptAt
  lastAttemptAt
  completedAt
  createdAt
}`) as unknown as TypedDocumentString<DeliveryLogQuery, DeliveryLogQueryVariables>;
export const ResendDivertedDeliveriesDocument = new TypedDocumentString(`
    mutation ResendDivertedDeliveries($input: ResendDivertedDeliveriesInput!) {
  resendDivertedDeliveries(input: $input) {
    ... on ResendDivertedDeliveriesPayload {
      __typename
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
}`) as unknown as TypedDocumentString<ResendDivertedDeliveriesMutation, ResendDivertedDeliveriesMutationVariables>;
export const DeliveryStatsSeriesDocument = new TypedDocumentString(`
    query DeliveryStatsSeries($filter: DeliveryStatsFilter, $bucket: StatsBucket) {
  deliveryStats(filter: $filter, bucket: $bucket) {
    from
    to
    totals {
      total
      succeeded
      failed
      discarded
      diverted
      pending
      latencyP95Ms
    }
    series {
      start
      succeeded
      failed
      discarded
      diverted
      pending
      latencyP50Ms
      latencyP95Ms
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryStatsSeriesQuery, DeliveryStatsSeriesQueryVariables>;
export const DivertedDeliveriesDocument = new TypedDocumentString(`
    query DivertedDeliveries($filter: DivertedDeliveryFilter, $first: Int, $after: String) {
  divertedDeliveries(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...DeliveryFields
    }
  }
}
    fragment DeliveryFields on Delivery {
  id
  status
  attemptCount
  nextAttemptAt
  lastAttemptAt
  completedAt
  isTest
  eventType
  messageId
  failureTrigger
  failureMessage
  failureTimestamp
  event {
    id
    type
  }
  webhook {
    id
    name
  }
  attempts {
    attemptNumber
    startedAt
    durationMs
    url
    requestHeaders {
      name
      value
    }
    responseStatus
    responseHeaders {
      name
      value
    }
    responseBody
    succeeded
    failureTrigger
    failureMessage
  }
}`) as unknown as TypedDocumentString<DivertedDeliveriesQuery, DivertedDeliveriesQueryVariables>;
export const DeleteDivertedDeliveriesDocument = new TypedDocumentString(`
    mutation DeleteDivertedDeliveries($input: DeleteDivertedDeliveriesInput!) {
  deleteDivertedDeliveries(input: $input) {
    ... on DeleteDivertedDeliveriesPayload {
      __typename
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
}`) as unknown as TypedDocumentString<DeleteDivertedDeliveriesMutation, DeleteDivertedDeliveriesMutationVariables>;
export const EventTypesDocument = new TypedDocumentString(`
    query EventTypes($filter: EventTypeFilter, $first: Int, $after: String, $offset: Int) {
  eventTypes(filter: $filter, first: $first, after: $after, offset: $offset) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...EventTypeFields
    }
  }
}
    fragment EventTypeFields on EventType {
  id
  name
  description
  group
  version
  schema
  examples
  deprecated
  deprecatedAt
  deprecationReason
  validation
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<EventTypesQuery, EventTypesQueryVariables>;
export const EventTypeDocument = new TypedDocumentString(`
    query EventType($name: String!) {
  eventType(name: $name) {
    ...EventTypeFields
    versions {
      ...EventTypeVersionFields
    }
  }
}
    fragment EventTypeVersionFields on EventTypeVersion {
  version
  schema
  examples
  compatibility
  breakingChanges
  createdAt
}
fragment EventTypeFields on EventType {
  id
  name
  description
  group
  version
  schema
  examples
  deprecated
  deprecatedAt
  deprecationReason
  validation
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<EventTypeQuery, EventTypeQueryVariables>;
export const CreateEventTypeDocument = new TypedDocumentString(`
    mutation CreateEventType($input: CreateEventTypeInput!) {
  createEventType(input: $input) {
    ... on CreateEventTypePayload {
      __typename
      eventType {
        ...EventTypeFields
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
}
fragment EventTypeFields on EventType {
  id
  name
  description
  group
  version
  schema
  examples
  deprecated
  deprecatedAt
  deprecationReason
  validation
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateEventTypeMutation, CreateEventTypeMutationVariables>;
export const UpdateEventTypeDocument = new TypedDocumentString(`
    mutation UpdateEventType($input: UpdateEventTypeInput!) {
  updateEventType(input: $input) {
    ... on UpdateEventTypePayload {
      __typename
      newVersion
      version {
        ...EventTypeVersionFields
      }
      eventType {
        ...EventTypeFields
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
}
fragment EventTypeVersionFields on EventTypeVersion {
  version
  schema
  examples
  compatibility
  breakingChanges
  createdAt
}
fragment EventTypeFields on EventType {
  id
  name
  description
  group
  version
  schema
  examples
  deprecated
  deprecatedAt
  deprecationReason
  validation
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateEventTypeMutation, UpdateEventTypeMutationVariables>;
export const DeprecateEventTypeDocument = new TypedDocumentString(`
    mutation DeprecateEventType($input: DeprecateEventTypeInput!) {
  deprecateEventType(input: $input) {
    ... on DeprecateEventTypePayload {
      __typename
      eventType {
        ...EventTypeFields
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
}
fragment EventTypeFields on EventType {
  id
  name
  description
  group
  version
  schema
  examples
  deprecated
  deprecatedAt
  deprecationReason
  validation
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<DeprecateEventTypeMutation, DeprecateEventTypeMutationVariables>;
export const DeleteEventTypeDocument = new TypedDocumentString(`
    mutation DeleteEventType($input: DeleteEventTypeInput!) {
  deleteEventType(input: $input) {
    ... on DeleteEventTypePayload {
      __typename
      deletedName
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
}`) as unknown as TypedDocumentString<DeleteEventTypeMutation, DeleteEventTypeMutationVariables>;
export const EventTypesAsyncApiDocument = new TypedDocumentString(`
    query EventTypesAsyncApi {
  eventTypesAsyncApi
}
    `) as unknown as TypedDocumentString<EventTypesAsyncApiQuery, EventTypesAsyncApiQueryVariables>;
export const ImportEventTypesDocument = new TypedDocumentString(`
    mutation ImportEventTypes($input: ImportEventTypesInput!) {
  importEventTypes(input: $input) {
    ... on ImportEventTypesPayload {
      __typename
      created
      updated
      unchanged
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
}`) as unknown as TypedDocumentString<ImportEventTypesMutation, ImportEventTypesMutationVariables>;
export const PublishEventDocument = new TypedDocumentString(`
    mutation PublishEvent($input: PublishEventInput!) {
  publishEvent(input: $input) {
    ... on PublishEventPayload {
      __typename
      deliveryCount
      duplicate
      event {
        id
        type
        payload
        subject
        occurredAt
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
}`) as unknown as TypedDocumentString<PublishEventMutation, PublishEventMutationVariables>;
export const PublishEventsDocument = new TypedDocumentString(`
    mutation PublishEvents($input: PublishEventsInput!) {
  publishEvents(input: $input) {
    ... on PublishEventsPayload {
      __typename
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
}`) as unknown as TypedDocumentString<PublishEventsMutation, PublishEventsMutationVariables>;
export const EventListDocument = new TypedDocumentString(`
    query EventList($filter: EventFilter, $first: Int, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      type
      projectId
      occurredAt
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<EventListQuery, EventListQueryVariables>;
export const EventDetailDocument = new TypedDocumentString(`
    query EventDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Event {
      id
      type
      projectId
      payload
      idempotencyKey
      subject
      contentExpungedAt
      schemaViolations {
        path
        message
      }
      occurredAt
      createdAt
      deliveries(first: 50) {
        totalCount
        nodes {
          id
          status
          attemptCount
          webhook {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventDetailQuery, EventDetailQueryVariables>;
export const ExpungeEventContentDocument = new TypedDocumentString(`
    mutation ExpungeEventContent($input: ExpungeEventContentInput!) {
  expungeEventContent(input: $input) {
    ... on ExpungeEventContentPayload {
      __typename
      erased {
        eventCount
        attemptCount
        discardedDeliveryCount
        incomingEventCount
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
}`) as unknown as TypedDocumentString<ExpungeEventContentMutation, ExpungeEventContentMutationVariables>;
export const EraseEventsDocument = new TypedDocumentString(`
    mutation EraseEvents($input: EraseEventsInput!) {
  eraseEvents(input: $input) {
    ... on EraseEventsPayload {
      __typename
      erased {
        eventCount
        attemptCount
        discardedDeliveryCount
        incomingEventCount
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
}`) as unknown as TypedDocumentString<EraseEventsMutation, EraseEventsMutationVariables>;
export const ErasuresDocument = new TypedDocumentString(`
    query Erasures($first: Int, $after: String, $offset: Int) {
  erasures(first: $first, after: $after, offset: $offset) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      kind
      keyPrefix
      request
      eventCount
      attemptCount
      incomingEventCount
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<ErasuresQuery, ErasuresQueryVariables>;
export const CreateIncomingWebhookDocument = new TypedDocumentString(`
    mutation CreateIncomingWebhook($input: CreateIncomingWebhookInput!) {
  createIncomingWebhook(input: $input) {
    ... on CreateIncomingWebhookPayload {
      __typename
      webhook {
        ...IncomingWebhookFields
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
}
fragment IncomingWebhookFields on IncomingWebhook {
  id
  name
  kind
  enabled
  projectId
  tags
  webhookUrl
  lastReceivedAt
  capability
  plugin {
    pluginId
    version
    options
    metadata
    upgradeMode
  }
  authentication {
    type
    username
    signatureHeader
    signaturePrefix
    encoding
    timestampHeader
    toleranceSeconds
    secretHint
  }
  requests {
    total
    error
  }
}`) as unknown as TypedDocumentString<CreateIncomingWebhookMutation, CreateIncomingWebhookMutationVariables>;
export const IncomingWebhookDocument = new TypedDocumentString(`
    query IncomingWebhook($id: ID!) {
  webhook(id: $id) {
    __typename
    ... on IncomingWebhook {
      ...IncomingWebhookFields
    }
  }
}
    fragment IncomingWebhookFields on IncomingWebhook {
  id
  name
  kind
  enabled
  projectId
  tags
  webhookUrl
  lastReceivedAt
  capability
  plugin {
    pluginId
    version
    options
    metadata
    upgradeMode
  }
  authentication {
    type
    username
    signatureHeader
    signaturePrefix
    encoding
    timestampHeader
    toleranceSeconds
    secretHint
  }
  requests {
    total
    error
  }
}`) as unknown as TypedDocumentString<IncomingWebhookQuery, IncomingWebhookQueryVariables>;
export const IncomingEventsDocument = new TypedDocumentString(`
    query IncomingEvents($filter: IncomingEventFilter, $first: Int) {
  incomingEvents(filter: $filter, first: $first) {
    totalCount
    nodes {
      id
      eventKey
      eventType
      severity
      title
      description
      rawData
      alert {
        id
        state
        eventCount
      }
      webhook {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingEventsQuery, IncomingEventsQueryVariables>;
export const IncomingWebhookListDocument = new TypedDocumentString(`
    query IncomingWebhookList($first: Int) {
  webhooks(
    filter: {kind: INCOMING}
    first: $first
    orderBy: {field: CREATED_AT, direction: DESC}
  ) {
    totalCount
    nodes {
      __typename
      ... on IncomingWebhook {
        id
        name
        enabled
        projectId
        webhookUrl
        lastReceivedAt
        plugin {
          pluginId
          version
        }
        authentication {
          type
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingWebhookListQuery, IncomingWebhookListQueryVariables>;
export const AlertListDocument = new TypedDocumentString(`
    query AlertList($first: Int) {
  alerts(first: $first) {
    totalCount
    nodes {
      ...AlertRowFields
    }
  }
}
    fragment AlertRowFields on Alert {
  id
  title
  state
  severity
  eventCount
  lastEventAt
  projectId
}`) as unknown as TypedDocumentString<AlertListQuery, AlertListQueryVariables>;
export const AlertRowChangedDocument = new TypedDocumentString(`
    subscription AlertRowChanged {
  alertChanged {
    alertId
    alert {
      ...AlertRowFields
    }
  }
}
    fragment AlertRowFields on Alert {
  id
  title
  state
  severity
  eventCount
  lastEventAt
  projectId
}`) as unknown as TypedDocumentString<AlertRowChangedSubscription, AlertRowChangedSubscriptionVariables>;
export const IncomingEventStatsDocument = new TypedDocumentString(`
    query IncomingEventStats($groupBy: IncomingEventGroup!, $filter: IncomingEventStatsFilter, $bucket: StatsBucket) {
  incomingEventStats(groupBy: $groupBy, filter: $filter, bucket: $bucket) {
    total
    from
    to
    groups {
      key
      count
    }
    series {
      start
      total
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingEventStatsQuery, IncomingEventStatsQueryVariables>;
export const AlertDocument = new TypedDocumentString(`
    query Alert($id: ID!) {
  alert(id: $id) {
    ...AlertRowFields
    description
    urgency
    eventKey
    firstEventAt
    resolvedAt
  }
}
    fragment AlertRowFields on Alert {
  id
  title
  state
  severity
  eventCount
  lastEventAt
  projectId
}`) as unknown as TypedDocumentString<AlertQuery, AlertQueryVariables>;
export const ResolveAlertDocument = new TypedDocumentString(`
    mutation ResolveAlert($input: ResolveAlertInput!) {
  resolveAlert(input: $input) {
    ... on ResolveAlertPayload {
      __typename
      alert {
        ...AlertRowFields
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
}
fragment AlertRowFields on Alert {
  id
  title
  state
  severity
  eventCount
  lastEventAt
  projectId
}`) as unknown as TypedDocumentString<ResolveAlertMutation, ResolveAlertMutationVariables>;
export const UpdateIncomingWebhookDocument = new TypedDocumentString(`
    mutation UpdateIncomingWebhook($input: UpdateIncomingWebhookInput!) {
  updateIncomingWebhook(input: $input) {
    ... on UpdateIncomingWebhookPayload {
      __typename
      webhook {
        ...IncomingWebhookFields
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
}
fragment IncomingWebhookFields on IncomingWebhook {
  id
  name
  kind
  enabled
  projectId
  tags
  webhookUrl
  lastReceivedAt
  capability
  plugin {
    pluginId
    version
    options
    metadata
    upgradeMode
  }
  authentication {
    type
    username
    signatureHeader
    signaturePrefix
    encoding
    timestampHeader
    toleranceSeconds
    secretHint
  }
  requests {
    total
    error
  }
}`) as unknown as TypedDocumentString<UpdateIncomingWebhookMutation, UpdateIncomingWebhookMutationVariables>;
export const RegenerateAccessKeyDocument = new TypedDocumentString(`
    mutation RegenerateAccessKey($input: RegenerateAccessKeyInput!) {
  regenerateAccessKey(input: $input) {
    ... on RegenerateAccessKeyPayload {
      __typename
      webhook {
        ...IncomingWebhookFields
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
}
fragment IncomingWebhookFields on IncomingWebhook {
  id
  name
  kind
  enabled
  projectId
  tags
  webhookUrl
  lastReceivedAt
  capability
  plugin {
    pluginId
    version
    options
    metadata
    upgradeMode
  }
  authentication {
    type
    username
    signatureHeader
    signaturePrefix
    encoding
    timestampHeader
    toleranceSeconds
    secretHint
  }
  requests {
    total
    error
  }
}`) as unknown as TypedDocumentString<RegenerateAccessKeyMutation, RegenerateAccessKeyMutationVariables>;
export const UpdateWebhookPluginDocument = new TypedDocumentString(`
    mutation UpdateWebhookPlugin($input: UpdateWebhookPluginInput!) {
  updateWebhookPlugin(input: $input) {
    ... on UpdateWebhookPluginPayload {
      __typename
      webhook {
        ...IncomingWebhookFields
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
}
fragment IncomingWebhookFields on IncomingWebhook {
  id
  name
  kind
  enabled
  projectId
  tags
  webhookUrl
  lastReceivedAt
  capability
  plugin {
    pluginId
    version
    options
    metadata
    upgradeMode
  }
  authentication {
    type
    username
    signatureHeader
    signaturePrefix
    encoding
    timestampHeader
    toleranceSeconds
    secretHint
  }
  requests {
    total
    error
  }
}`) as unknown as TypedDocumentString<UpdateWebhookPluginMutation, UpdateWebhookPluginMutationVariables>;
export const VerifyWebhookPluginDocument = new TypedDocumentString(`
    mutation VerifyWebhookPlugin($input: VerifyWebhookPluginInput!) {
  verifyWebhookPlugin(input: $input) {
    ... on VerifyWebhookPluginPayload {
      __typename
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
}`) as unknown as TypedDocumentString<VerifyWebhookPluginMutation, VerifyWebhookPluginMutationVariables>;
export const NodeDocument = new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const NodesDocument = new TypedDocumentString(`
    query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<NodesQuery, NodesQueryVariables>;
export const CreateOutgoingWebhookDocument = new TypedDocumentString(`
    mutation CreateOutgoingWebhook($input: CreateOutgoingWebhookInput!) {
  createOutgoingWebhook(input: $input) {
    ... on CreateOutgoingWebhookPayload {
      __typename
      secret
      unknownEventTypes
      webhook {
        ...OutgoingWebhookFields
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
}
fragment OutgoingWebhookFields on OutgoingWebhook {
  id
  kind
  name
  type
  ordering
  rateLimit {
    perSecond
    burst
  }
  maxConcurrentRequests
  url
  destinationSettings {
    secretHint
    region
    site
    index
    source
    sourceType
    expression
    contentType
    exchange
    routingKeyTemplate
    persistent
    subjectTemplate
    streamKeyTemplate
    maxLength
    topicTemplate
    clientId
  }
  enabled
  disabledReason
  disabledAt
  state
  active
  projectId
  tags
  eventTypes
  headers {
    name
    values
  }
  secretHint
  suspended
  suspendedAt
  suspendReason
  consecutiveFailures
  lastSuccessAt
  lastFailureAt
  failureHandling {
    retryStrategy {
      type
      intervalSeconds
      attempts
    }
    triggers {
      types
      statusCodes
    }
    divert
    suspend
    suspendAfterConsecutiveFailures
    timeoutSeconds
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateOutgoingWebhookMutation, CreateOutgoingWebhookMutationVariables>;
export const UpdateOutgoingWebhookDocument = new TypedDocumentString(`
    mutation UpdateOutgoingWebhook($input: UpdateOutgoingWebhookInput!) {
  updateOutgoingWebhook(input: $input) {
    ... on UpdateOutgoingWebhookPayload {
      __typename
      unknownEventTypes
      webhook {
        ...OutgoingWebhookFields
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
}
fragment OutgoingWebhookFields on OutgoingWebhook {
  id
  kind
  name
  type
  ordering
  rateLimit {
    perSecond
    burst
  }
  maxConcurrentRequests
  url
  destinationSettings {
    secretHint
    region
    site
    index
    source
    sourceType
    expression
    contentType
    exchange
    routingKeyTemplate
    persistent
    subjectTemplate
    streamKeyTemplate
    maxLength
    topicTemplate
    clientId
  }
  enabled
  disabledReason
  disabledAt
  state
  active
  projectId
  tags
  eventTypes
  headers {
    name
    values
  }
  secretHint
  suspended
  suspendedAt
  suspendReason
  consecutiveFailures
  lastSuccessAt
  lastFailureAt
  failureHandling {
    retryStrategy {
      type
      intervalSeconds
      attempts
    }
    triggers {
      types
      statusCodes
    }
    divert
    suspend
    suspendAfterConsecutiveFailures
    timeoutSeconds
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateOutgoingWebhookMutation, UpdateOutgoingWebhookMutationVariables>;
export const DeleteWebhookDocument = new TypedDocumentString(`
    mutation DeleteWebhook($input: DeleteWebhookInput!) {
  deleteWebhook(input: $input) {
    ... on DeleteWebhookPayload {
      __typename
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
}`) as unknown as TypedDocumentString<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const OutgoingWebhookDocument = new TypedDocumentString(`
    query OutgoingWebhook($id: ID!) {
  webhook(id: $id) {
    __typename
    ... on OutgoingWebhook {
      ...OutgoingWebhookFields
    }
  }
}
    fragment OutgoingWebhookFields on OutgoingWebhook {
  id
  kind
  name
  type
  ordering
  rateLimit {
    perSecond
    burst
  }
  maxConcurrentRequests
  url
  destinationSettings {
    secretHint
    region
    site
    index
    source
    sourceType
    expression
    contentType
    exchange
    routingKeyTemplate
    persistent
    subjectTemplate
    streamKeyTemplate
    maxLength
    topicTemplate
    clientId
  }
  enabled
  disabledReason
  disabledAt
  state
  active
  projectId
  tags
  eventTypes
  headers {
    name
    values
  }
  secretHint
  suspended
  suspendedAt
  suspendReason
  consecutiveFailures
  lastSuccessAt
  lastFailureAt
  failureHandling {
    retryStrategy {
      type
      intervalSeconds
      attempts
    }
    triggers {
      types
      statusCodes
    }
    divert
    suspend
    suspendAfterConsecutiveFailures
    timeoutSeconds
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<OutgoingWebhookQuery, OutgoingWebhookQueryVariables>;
export const OutgoingWebhooksDocument = new TypedDocumentString(`
    query OutgoingWebhooks($filter: WebhookFilter, $orderBy: WebhookOrder, $first: Int, $after: String, $offset: Int) {
  webhooks(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    offset: $offset
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      __typename
      ... on OutgoingWebhook {
        ...OutgoingWebhookFields
      }
    }
  }
}
    fragment OutgoingWebhookFields on OutgoingWebhook {
  id
  kind
  name
  type
  ordering
  rateLimit {
    perSecond
    burst
  }
  maxConcurrentRequests
  url
  destinationSettings {
    secretHint
    region
    site
    index
    source
    sourceType
    expression
    contentType
    exchange
    routingKeyTemplate
    persistent
    subjectTemplate
    streamKeyTemplate
    maxLength
    topicTemplate
    clientId
  }
  enabled
  disabledReason
  disabledAt
  state
  active
  projectId
  tags
  eventTypes
  headers {
    name
    values
  }
  secretHint
  suspended
  suspendedAt
  suspendReason
  consecutiveFailures
  lastSuccessAt
  lastFailureAt
  failureHandling {
    retryStrategy {
      type
      intervalSeconds
      attempts
    }
    triggers {
      types
      statusCodes
    }
    divert
    suspend
    suspendAfterConsecutiveFailures
    timeoutSeconds
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<OutgoingWebhooksQuery, OutgoingWebhooksQueryVariables>;
export const PreviewWebhookPayloadDocument = new TypedDocumentString(`
    query PreviewWebhookPayload($id: ID!, $eventType: String, $payload: JSONObject, $example: Int) {
  previewWebhookPayload(
    id: $id
    eventType: $eventType
    payload: $payload
    example: $example
  ) {
    __typename
    ... on WebhookPayloadPreview {
      url
      target
      headers {
        name
        value
      }
      body
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
}`) as unknown as TypedDocumentString<PreviewWebhookPayloadQuery, PreviewWebhookPayloadQueryVariables>;
export const EnableWebhookDocument = new TypedDocumentString(`
    mutation EnableWebhook($input: EnableWebhookInput!) {
  enableWebhook(input: $input) {
    ... on EnableWebhookPayload {
      __typename
      webhook {
        ... on OutgoingWebhook {
          ...OutgoingWebhookFields
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
}
fragment OutgoingWebhookFields on OutgoingWebhook {
  id
  kind
  name
  type
  ordering
  rateLimit {
    perSecond
    burst
  }
  maxConcurrentRequests
  url
  destinationSettings {
    secretHint
    region
    site
    index
    source
    sourceType
    expression
    contentType
    exchange
    routingKeyTemplate
    persistent
    subjectTemplate
    streamKeyTemplate
    maxLength
    topicTemplate
    clientId
  }
  enabled
  disabledReason
  disabledAt
  state
  active
  projectId
  tags
  eventTypes
  headers {
    name
    values
  }
  secretHint
  suspended
  suspendedAt
  suspendReason
  consecutiveFailures
  lastSuccessAt
  lastFailureAt
  failureHandling {
    retryStrategy {
      type
      intervalSeconds
      attempts
    }
    triggers {
      types
      statusCodes
    }
    divert
    suspend
    suspendAfterConsecutiveFailures
    timeoutSeconds
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<EnableWebhookMutation, EnableWebhookMutationVariables>;
export const DisableWebhookDocument = new TypedDocumentString(`
    mutation DisableWebhook($input: DisableWebhookInput!) {
  disableWebhook(input: $input) {
    ... on DisableWebhookPayload {
      __typename
      webhook {
        ... on OutgoingWebhook {
          ...OutgoingWebhookFields
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
}
fragment OutgoingWebhookFields on OutgoingWebhook {
  id
  kind
  name
  type
  ordering
  rateLimit {
    perSecond
    burst
  }
  maxConcurrentRequests
  url
  destinationSettings {
    secretHint
    region
    site
    index
    source
    sourceType
    expression
    contentType
    exchange
    routingKeyTemplate
    persistent
    subjectTemplate
    streamKeyTemplate
    maxLength
    topicTemplate
    clientId
  }
  enabled
  disabledReason
  disabledAt
  state
  active
  projectId
  tags
  eventTypes
  headers {
    name
    values
  }
  secretHint
  suspended
  suspendedAt
  suspendReason
  consecutiveFailures
  lastSuccessAt
  lastFailureAt
  failureHandling {
    retryStrategy {
      type
      intervalSeconds
      attempts
    }
    triggers {
      types
      statusCodes
    }
    divert
    suspend
    suspendAfterConsecutiveFailures
    timeoutSeconds
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<DisableWebhookMutation, DisableWebhookMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
  rotateWebhookSecret(input: $input) {
    ... on RotateWebhookSecretPayload {
      __typename
      secret
      webhook {
        ...OutgoingWebhookFields
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
}
fragment OutgoingWebhookFields on OutgoingWebhook {
  id
  kind
  name
  type
  ordering
  rateLimit {
    perSecond
    burst
  }
  maxConcurrentRequests
  url
  destinationSettings {
    secretHint
    region
    site
    index
    source
    sourceType
    expression
    contentType
    exchange
    routingKeyTemplate
    persistent
    subjectTemplate
    streamKeyTemplate
    maxLength
    topicTemplate
    clientId
  }
  enabled
  disabledReason
  disabledAt
  state
  active
  projectId
  tags
  eventTypes
  headers {
    name
    values
  }
  secretHint
  suspended
  suspendedAt
  suspendReason
  consecutiveFailures
  lastSuccessAt
  lastFailureAt
  failureHandling {
    retryStrategy {
      type
      intervalSeconds
      attempts
    }
    triggers {
      types
      statusCodes
    }
    divert
    suspend
    suspendAfterConsecutiveFailures
    timeoutSeconds
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const EndpointListDocument = new TypedDocumentString(`
    query EndpointList($filter: WebhookFilter, $orderBy: WebhookOrder, $first: Int, $after: String) {
  webhooks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      __typename
      ... on OutgoingWebhook {
        ...EndpointRowFields
      }
    }
  }
}
    fragment EndpointRowFields on OutgoingWebhook {
  id
  name
  url
  type
  enabled
  suspended
  lastSuccessAt
  recentDeliveries {
    succeeded
    failed
    successRate
  }
}`) as unknown as TypedDocumentString<EndpointListQuery, EndpointListQueryVariables>;
export const TestWebhookDocument = new TypedDocumentString(`
    mutation TestWebhook($input: TestWebhookInput!) {
  testWebhook(input: $input) {
    ... on TestWebhookPayload {
      __typename
      attempt {
        succeeded
        responseStatus
        responseBody
        durationMs
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
}`) as unknown as TypedDocumentString<TestWebhookMutation, TestWebhookMutationVariables>;
export const UnsuspendWebhookDocument = new TypedDocumentString(`
    mutation UnsuspendWebhook($input: UnsuspendWebhookInput!) {
  unsuspendWebhook(input: $input) {
    ... on UnsuspendWebhookPayload {
      __typename
      resentCount
      webhook {
        ...OutgoingWebhookFields
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
}
fragment OutgoingWebhookFields on OutgoingWebhook {
  id
  kind
  name
  type
  ordering
  rateLimit {
    perSecond
    burst
  }
  maxConcurrentRequests
  url
  destinationSettings {
    secretHint
    region
    site
    index
    source
    sourceType
    expression
    contentType
    exchange
    routingKeyTemplate
    persistent
    subjectTemplate
    streamKeyTemplate
    maxLength
    topicTemplate
    clientId
  }
  enabled
  disabledReason
  disabledAt
  state
  active
  projectId
  tags
  eventTypes
  headers {
    name
    values
  }
  secretHint
  suspended
  suspendedAt
  suspendReason
  consecutiveFailures
  lastSuccessAt
  lastFailureAt
  failureHandling {
    retryStrategy {
      type
      intervalSeconds
      attempts
    }
    triggers {
      types
      statusCodes
    }
    divert
    suspend
    suspendAfterConsecutiveFailures
    timeoutSeconds
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UnsuspendWebhookMutation, UnsuspendWebhookMutationVariables>;
export const WebhookStatsDocument = new TypedDocumentString(`
    query WebhookStats($filter: WebhookFilter, $groupBy: [WebhookStatsGroup!]!, $limit: Int) {
  webhookStats(filter: $filter, groupBy: $groupBy, limit: $limit) {
    total
    rows {
      count
      kind
      state
      suspended
      projectId
      pluginId
      eventType
      createdDay
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookStatsQuery, WebhookStatsQueryVariables>;
export const PluginsDocument = new TypedDocumentString(`
    query Plugins {
  plugins {
    ...PluginFields
  }
}
    fragment PluginFields on Plugin {
  id
  name
  description
  source
  url
  latestVersion
  secretHint
  capability
}`) as unknown as TypedDocumentString<PluginsQuery, PluginsQueryVariables>;
export const RegisterPluginDocument = new TypedDocumentString(`
    mutation RegisterPlugin($input: RegisterPluginInput!) {
  registerPlugin(input: $input) {
    ... on RegisterPluginPayload {
      __typename
      plugin {
        ...PluginFields
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
}
fragment PluginFields on Plugin {
  id
  name
  description
  source
  url
  latestVersion
  secretHint
  capability
}`) as unknown as TypedDocumentString<RegisterPluginMutation, RegisterPluginMutationVariables>;
export const UpdateRegisteredPluginDocument = new TypedDocumentString(`
    mutation UpdateRegisteredPlugin($input: UpdateRegisteredPluginInput!) {
  updateRegisteredPlugin(input: $input) {
    ... on UpdateRegisteredPluginPayload {
      __typename
      plugin {
        ...PluginFields
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
}
fragment PluginFields on Plugin {
  id
  name
  description
  source
  url
  latestVersion
  secretHint
  capability
}`) as unknown as TypedDocumentString<UpdateRegisteredPluginMutation, UpdateRegisteredPluginMutationVariables>;
export const UnregisterPluginDocument = new TypedDocumentString(`
    mutation UnregisterPlugin($input: UnregisterPluginInput!) {
  unregisterPlugin(input: $input) {
    ... on UnregisterPluginPayload {
      __typename
      pluginId
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
}`) as unknown as TypedDocumentString<UnregisterPluginMutation, UnregisterPluginMutationVariables>;
export const DeliveryUpdatedDocument = new TypedDocumentString(`
    subscription DeliveryUpdated($filter: DeliveryUpdateFilter) {
  deliveryUpdated(filter: $filter) {
    deliveryId
    status
    attemptCount
    changedAt
    delivery {
      ...DeliveryFields
    }
  }
}
    fragment DeliveryFields on Delivery {
  id
  status
  attemptCount
  nextAttemptAt
  lastAttemptAt
  completedAt
  isTest
  eventType
  messageId
  failureTrigger
  failureMessage
  failureTimestamp
  event {
    id
    type
  }
  webhook {
    id
    name
  }
  attempts {
    attemptNumber
    startedAt
    durationMs
    url
    requestHeaders {
      name
      value
    }
    responseStatus
    responseHeaders {
      name
      value
    }
    responseBody
    succeeded
    failureTrigger
    failureMessage
  }
}`) as unknown as TypedDocumentString<DeliveryUpdatedSubscription, DeliveryUpdatedSubscriptionVariables>;
export const WebhookChangedDocument = new TypedDocumentString(`
    subscription WebhookChanged($filter: WebhookChangeFilter) {
  webhookChanged(filter: $filter) {
    webhookId
    kind
    change
    changedAt
    webhook {
      id
      name
      enabled
      ... on OutgoingWebhook {
        suspended
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookChangedSubscription, WebhookChangedSubscriptionVariables>;
export const AlertChangedDocument = new TypedDocumentString(`
    subscription AlertChanged($filter: AlertChangeFilter) {
  alertChanged(filter: $filter) {
    alertId
    state
    changedAt
    alert {
      id
      title
      state
      severity
      eventCount
    }
  }
}
    `) as unknown as TypedDocumentString<AlertChangedSubscription, AlertChangedSubscriptionVariables>;
export const IncomingEventReceivedDocument = new TypedDocumentString(`
    subscription IncomingEventReceived($filter: IncomingEventReceivedFilter) {
  incomingEventReceived(filter: $filter) {
    id
    eventKey
    eventType
    severity
    title
    createdAt
  }
}
    `) as unknown as TypedDocumentString<IncomingEventReceivedSubscription, IncomingEventReceivedSubscriptionVariables>;
export const DeliveryLogUpdatedDocument = new TypedDocumentString(`
    subscription DeliveryLogUpdated($filter: DeliveryUpdateFilter) {
  deliveryUpdated(filter: $filter) {
    deliveryId
    delivery {
      ...DeliveryRowFields
    }
  }
}
    fragment DeliveryRowFields on Delivery {
  id
  status
  attemptCount
  eventType
  isTest
  nextAttemptAt
  lastAttemptAt
  completedAt
  createdAt
}`) as unknown as TypedDocumentString<DeliveryLogUpdatedSubscription, DeliveryLogUpdatedSubscriptionVariables>;
export const UpdateTenantSettingsDocument = new TypedDocumentString(`
    mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
  updateTenantSettings(input: $input) {
    ... on UpdateTenantSettingsPayload {
      __typename
      tenant {
        id
        name
        eventValidation
        rejectUnknownEventTypes
        retention {
          events
          deliveries
          incoming
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
}`) as unknown as TypedDocumentString<UpdateTenantSettingsMutation, UpdateTenantSettingsMutationVariables>;