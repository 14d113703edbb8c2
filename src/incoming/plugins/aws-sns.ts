// AWS SNS HTTP(S) subscriptions: confirms the subscription, then turns CloudWatch alarm
// notifications and AWS Health events (through EventBridge) into events.
// https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html
import { z } from "zod";
import type { IncomingAuthenticationType, Severity } from "../../generated/prisma/client.js";
import {
  PayloadError,
  asString,
  commonMetadata,
  commonOptions,
  dateOf,
  isRecord,
  keyOf,
  pluginVersion,
  type NormalizedEvent,
  type ParseContext,
  type Plugin,
} from "./plugin.js";
import { parseJson } from "../../common/validation.js";

/** SNS sends its confirmation links from these hosts only; anything else is not SNS. */
export const SNS_HOST = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;

export function isSnsSubscribeUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && SNS_HOST.test(url.hostname) && !url.port;
  } catch {
    return false;
  }
}

interface Dimension {
  name: string;
  value: string;
}

function alarmDimensions(trigger: unknown): Dimension[] {
  if (!isRecord(trigger)) return [];
  const readDimensions = (list: unknown): Dimension[] =>
    Array.isArray(list)
      ? list
          .filter(isRecord)
          .map((item) => ({ name: asString(item.name) ?? "", value: asString(item.value) ?? "" }))
          .filter((item) => item.name)
      : [];
  const direct = readDimensions(trigger.Dimensions);
  if (direct.length > 0) return direct;
  // Metric math alarms list their metrics, each with its own dimensions.
  const metrics = Array.isArray(trigger.Metrics) ? trigger.Metrics.filter(isRecord) : [];
  const nested = metrics.flatMap((metric) =>
    isRecord(metric.MetricStat) && isRecord(metric.MetricStat.Metric)
      ? readDimensions(metric.MetricStat.Metric.Dimensions)
      : [],
  );
  return [...new Map(nested.map((item) => [`${item.name}=${item.value}`, item])).values()];
}

const ALARM_STATES: Record<string, { eventType: NormalizedEvent["eventType"]; severity: Severity }> = {
  OK: { eventType: "RECOVERY", severity: "INFO" },
  ALARM: { eventType: "ALERT", severity: "ERROR" },
  INSUFFICIENT_DATA: { eventType: "ALERT", severity: "NOT_AVAILABLE" },
};

function cloudWatchAlarmEvents(
  alarm: Record<string, unknown>,
  notification: Record<string, unknown>,
): NormalizedEvent[] {
  const name = asString(alarm.AlarmName) ?? "CloudWatch alarm";
  const state = ALARM_STATES[asString(alarm.NewStateValue) ?? ""] ?? { eventType: "ALERT", severity: "NOT_AVAILABLE" };
  const trigger = isRecord(alarm.Trigger) ? alarm.Trigger : {};
  const occurredAt = dateOf(alarm.StateChangeTime, dateOf(notification.Timestamp, new Date()));
  const alarmKey = asString(alarm.AlarmArn) ?? name;
  const dimensions = alarmDimensions(trigger);
  const base = {
    ...state,
    title: name,
    description: asString(alarm.NewStateReason) ?? null,
    rule: name,
    provider: "aws",
    account: asString(alarm.AWSAccountId) ?? null,
    occurredAt,
    additionalInfo: {
      alarmArn: asString(alarm.AlarmArn) ?? null,
      alarmDescription: asString(alarm.AlarmDescription) ?? null,
      oldStateValue: asString(alarm.OldStateValue) ?? null,
      newStateValue: asString(alarm.NewStateValue) ?? null,
      region: asString(alarm.Region) ?? null,
      namespace: asString(trigger.Namespace) ?? null,
      metricName: asString(trigger.MetricName) ?? null,
      topicArn: asString(notification.TopicArn) ?? null,
      subject: asString(notification.Subject) ?? null,
    },
  };
  if (dimensions.length === 0) return [{ ...base, eventKey: keyOf(alarmKey), resource: null }];
  return dimensions.map((dimension) => ({
    ...base,
    eventKey: keyOf(alarmKey, dimension.name, dimension.value),
    resource: {
      name: dimension.value,
      type: dimension.name,
      namespace: asString(trigger.Namespace) ?? null,
      region: asString(alarm.Region) ?? null,
    },
  }));
}

const HEALTH_SEVERITIES: Record<string, Severity> = {
  issue: "ERROR",
  scheduledChange: "WARNING",
  accountNotification: "INFO",
  investigation: "WARNING",
};

function awsHealthEvents(health: Record<string, unknown>): NormalizedEvent[] {
  const detail = isRecord(health.detail) ? health.detail : {};
  const service = asString(detail.service) ?? "AWS";
  const typeCode = asString(detail.eventTypeCode) ?? asString(health["detail-type"]) ?? "AWS Health event";
  const descriptions = Array.isArray(detail.eventDescription) ? detail.eventDescription.filter(isRecord) : [];
  const description =
    asString((descriptions.find((item) => item.language === "en_US") ?? descriptions[0])?.latestDescription) ?? null;
  const entities = Array.isArray(detail.affectedEntities)
    ? detail.affectedEntities
        .filter(isRecord)
        .map((item) => asString(item.entityValue))
        .filter((value): value is string => Boolean(value))
    : [];
  const resources =
    entities.length > 0
      ? entities
      : Array.isArray(health.resources)
        ? health.resources.map(asString).filter((value): value is string => Boolean(value))
        : [];
  const eventArn = asString(detail.eventArn) ?? asString(health.id) ?? typeCode;
  const base: Omit<NormalizedEvent, "eventKey" | "resource"> = {
    eventType: asString(detail.statusCode) === "closed" ? "RECOVERY" : "ALERT",
    severity: HEALTH_SEVERITIES[asString(detail.eventTypeCategory) ?? ""] ?? "INFO",
    title: `${service} ${typeCode}`,
    description,
    rule: typeCode,
    provider: "aws",
    account: asString(health.account) ?? null,
    occurredAt: dateOf(detail.startTime, dateOf(health.time, new Date())),
    additionalInfo: {
      eventArn,
      region: asString(health.region) ?? null,
      statusCode: asString(detail.statusCode) ?? null,
      category: asString(detail.eventTypeCategory) ?? null,
      endTime: asString(detail.endTime) ?? null,
    },
  };
  if (resources.length === 0) return [{ ...base, eventKey: keyOf(eventArn), resource: null }];
  return resources.map((resource) => ({
    ...base,
    eventKey: keyOf(eventArn, resource),
    resource: { name: resource, type: service },
  }));
}

function parseMessage(message: unknown): unknown {
  if (typeof message !== "string") return message;
  try {
    return parseJson(message);
  } catch {
    return message;
  }
}

async function parseSns(body: unknown, context: ParseContext): Promise<NormalizedEvent[]> {
  if (!isRecord(body) || typeof body.Type !== "string")
    throw new PayloadError('expected an SNS message: an object with "Type"');
  if (body.Type === "SubscriptionConfirmation") {
    const url = asString(body.SubscribeURL);
    if (!url || !isSnsSubscribeUrl(url))
      throw new PayloadError(
        `refusing to confirm the subscription: SubscribeURL ${JSON.stringify(url ?? null)} is not an https URL on an sns.<region>.amazonaws.com host`,
      );
    await context.confirmSubscription(url);
    return [];
  }
  if (body.Type === "UnsubscribeConfirmation") return [];
  if (body.Type !== "Notification") throw new PayloadError(`unknown SNS message type "${body.Type}"`);
  const message = parseMessage(body.Message);
  if (isRecord(message) && message.AlarmName !== undefined && message.NewStateValue !== undefined)
    return cloudWatchAlarmEvents(message, body);
  if (isRecord(message) && message.source === "aws.health") return awsHealthEvents(message);
  // Any other notification: one event, keyed by its subject (or message) so repeats are one alert.
  const subject = asString(body.Subject);
  const text = typeof message === "string" ? message : JSON.stringify(message);
  return [
    {
      eventKey: keyOf(asString(body.TopicArn), subject ?? text),
      eventType: "ALERT",
      severity: "INFO",
      title: subject ?? text.slice(0, 200),
      description: text,
      provider: "aws",
      occurredAt: dateOf(body.Timestamp, new Date()),
      additionalInfo: { topicArn: asString(body.TopicArn) ?? null, messageId: asString(body.MessageId) ?? null },
    },
  ];
}

// SNS can send basic credentials given in the subscription's URL; it signs with its own certificate scheme only.
const SNS_AUTHENTICATION: IncomingAuthenticationType[] = ["NONE", "BASIC"];

export const awsSns: Plugin = {
  id: "aws-sns",
  source: "BUILT_IN",
  name: "AWS SNS (CloudWatch alarms, AWS Health)",
  description:
    "An SNS HTTP(S) subscription: confirmed automatically; CloudWatch alarms give one event per dimension, AWS Health events one per affected resource.",
  versions: [
    pluginVersion({
      version: "1.0.0",
      optionsSchema: z.object({ ...commonOptions }).strict(),
      capability: {
        monitoringType: "EVENT",
        payload: "SNS HTTP(S) notification",
        confirmsSubscriptions: true,
        sources: ["aws.cloudwatch", "aws.health"],
      },
      authentication: SNS_AUTHENTICATION,
      init: (options) => commonMetadata(options),
      parse: (_options, body, _headers, context) => parseSns(body, context),
    }),
  ],
};
