// Event types are dotted names ("invoice.paid"). Webhooks subscribe with exact types, prefix
// wildcards ("invoice.*", matching any type below "invoice") or "*".

/** The type testWebhook sends by default; typed destinations show it as a test message. */
export const TEST_EVENT_TYPE = "webhook.test";

/** What the incoming webhooks publish (the monitoring bridge): each event, and the alerts they open and resolve. */
export const EVENT_RECEIVED = "monitoring.event.received";
export const ALERT_TRIGGERED = "monitoring.alert.triggered";
export const ALERT_RESOLVED = "monitoring.alert.resolved";

/**
 * The service's own (operational) events, published to the tenant's webhooks that subscribe to them
 * by name or with "hookrelay.*": "*" does not include them.
 */
export const OPERATIONAL_EVENT_PREFIX = "hookrelay.";
export const WEBHOOK_SUSPENDED = "hookrelay.webhook.suspended";
export const WEBHOOK_DISABLED = "hookrelay.webhook.disabled";
export const WEBHOOK_UNSUSPENDED = "hookrelay.webhook.unsuspended";
export const DELIVERY_EXHAUSTED = "hookrelay.delivery.exhausted";
/** The types the service publishes itself: known to every tenant, catalogue or not. */
export const BUILT_IN_EVENT_TYPES: readonly string[] = [
  TEST_EVENT_TYPE,
  EVENT_RECEIVED,
  ALERT_TRIGGERED,
  ALERT_RESOLVED,
  WEBHOOK_SUSPENDED,
  WEBHOOK_DISABLED,
  WEBHOOK_UNSUSPENDED,
  DELIVERY_EXHAUSTED,
];
export const isOperationalEventType = (type: string): boolean => type.startsWith(OPERATIONAL_EVENT_PREFIX);

export const EVENT_TYPE = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;
export const EVENT_TYPE_PATTERN = /^(\*|[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*(\.\*)?)$/;

/**
 * Every subscription pattern that matches `eventType`: itself, "*", and "<prefix>.*" for each dotted
 * prefix. A webhook matches when its patterns and these overlap, which the database answers with one
 * indexed array-overlap test. Given a pattern ("a.b.*"), it yields the patterns at least as broad.
 */
export function patternsMatching(eventType: string): string[] {
  if (eventType === "*") return ["*"];
  const parts = eventType.replace(/\.\*$/, "").split(".");
  // "*" is every event but the service's own (see OPERATIONAL_EVENT_PREFIX).
  const patterns = isOperationalEventType(eventType) ? [eventType] : ["*", eventType];
  for (let length = 1; length < parts.length; length += 1) patterns.push(`${parts.slice(0, length).join(".")}.*`);
  return patterns;
}
