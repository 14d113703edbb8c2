// The enums more than one type uses, in one place, so type files do not import each other for them.
import { builder } from "./builder.js";
import type { DeliveryStatus, FailureTrigger, IncomingAuthenticationType } from "../generated/prisma/client.js";
import { STATS_BUCKETS } from "../db/time-buckets.js";
import type { EventValidationMode } from "../events/event-types.js";

export const AlertStateEnum = builder.enumType("AlertState", {
  description: "Where an alert stands.",
  values: {
    TRIGGERED: { description: "Open: opened by an ALERT event; later events with its key attach to it." },
    RESOLVED: { description: "Closed by a RECOVERY event or resolveAlert." },
    ERROR: { description: "Open: opened by an ERROR event (a request the webhook could not read)." },
  } as const,
});

export const DeliveryStatusEnum = builder.enumType("DeliveryStatus", {
  description: "Where a delivery stands.",
  values: {
    PENDING: { description: "Waiting for its first attempt." },
    SUCCEEDED: { description: "The receiver answered 2xx." },
    FAILED: { description: "The last attempt failed; another is scheduled (nextAttemptAt)." },
    DIVERTED: { description: "Could not be delivered and kept for resending (resendDivertedDeliveries)." },
    DISCARDED: { description: "Could not be delivered; the webhook does not divert." },
  } satisfies Record<DeliveryStatus, unknown>,
});

export const StatsBucketEnum = builder.enumType("StatsBucket", {
  description: "The width of a statistics bucket (UTC).",
  values: {
    MINUTE: { description: "One minute." },
    HOUR: { description: "One hour." },
    DAY: { description: "One UTC day." },
  } as const satisfies Record<(typeof STATS_BUCKETS)[number], { description: string }>,
});

export const FailureTriggerEnum = builder.enumType("FailureTrigger", {
  description: "Why an attempt failed.",
  values: {
    HTTP_4XX: { description: "The receiver answered 4xx." },
    HTTP_5XX: { description: "The receiver answered 5xx." },
    TIMEOUT: { description: "No complete response within the webhook's timeout." },
    NETWORK_ERROR: { description: "The connection failed: refused, reset, or the name did not resolve." },
    BLOCKED_DESTINATION: {
      description:
        "The URL is, or its name resolves to, a private or reserved address, or its name does not exist (the two read the same). Never retried.",
    },
    TRANSFORM_ERROR: {
      description:
        "The webhook's CUSTOM expression could not make a body for the event (the message says why); nothing was sent. Never retried (the same expression fails the same way): fix it and redeliver.",
    },
    CONNECTION: {
      description:
        "A broker destination could not be reached, or its connection was lost before the broker confirmed the message.",
    },
    REFUSED: {
      description:
        "A broker destination answered no: a negative confirm or a message no queue takes (RabbitMQ), no stream for the subject (NATS), an error reply (Redis), a failed PUBACK (MQTT).",
    },
  } satisfies Record<FailureTrigger, unknown>,
});

export const IncomingAuthenticationTypeEnum = builder.enumType("IncomingAuthenticationType", {
  description:
    "How a sender proves itself besides knowing the URL. A request that does not gets 401, is counted in requests.error and stores nothing.",
  values: {
    NONE: { description: "The secret URL only (default)." },
    BEARER_TOKEN: {
      description:
        "`Authorization: Bearer <token>`: Alertmanager's `http_config.authorization`, Grafana's Authorization header.",
    },
    BASIC: {
      description: "`Authorization: Basic`: Alertmanager's `http_config.basic_auth`, Grafana's basic authentication.",
    },
    HMAC_SHA256: {
      description:
        'An HMAC-SHA256 of the body in a header (GitHub: X-Hub-Signature-256 with prefix "sha256="), or of "<timestamp>:<body>" with a timestamp header (Grafana\'s HMAC signature).',
    },
    STANDARD_WEBHOOKS: {
      description:
        "Standard Webhooks signatures (webhook-id, webhook-timestamp, webhook-signature), as this service and Svix sign.",
    },
  } satisfies Record<IncomingAuthenticationType, unknown>,
});

export const SeverityEnum = builder.enumType("Severity", {
  description: "How bad an incoming event is, as its plugin maps the sender's level.",
  values: {
    CRITICAL: { description: "Critical." },
    ERROR: { description: "An error." },
    WARNING: { description: "A warning." },
    INFO: { description: "Information." },
    NOT_AVAILABLE: { description: "The sender reports no data (e.g. a check that cannot run)." },
    NONE: { description: "The sender gave no severity." },
  } as const,
});

export const WebhookKindEnum = builder.enumType("WebhookKind", {
  description: "Which way a webhook carries events.",
  values: {
    OUTGOING: { description: "The service delivers the tenant's events to the webhook's URL." },
    INCOMING: {
      description:
        "A monitoring system posts to the webhook's secret URL; a plugin turns posts into events and alerts.",
    },
  } as const,
});

export const OrderDirectionEnum = builder.enumType("OrderDirection", {
  description: "Sort direction.",
  values: {
    ASC: { description: "Smallest (or oldest) first." },
    DESC: { description: "Largest (or newest) first." },
  } as const,
});

export const EventValidationEnum = builder.enumType("EventValidation", {
  description: "What publishing does with a payload that breaks its type's schema in the catalogue.",
  values: {
    OFF: { description: "Nothing: payloads are not checked." },
    WARN: { description: "Publishes it, with the event's schemaViolations saying where it broke the schema." },
    REJECT: {
      description: "Refuses the call with a ValidationError at each path into the payload; nothing is written.",
    },
  } as const satisfies Record<EventValidationMode, { description: string }>,
});
