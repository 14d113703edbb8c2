// Event types are dotted names ("invoice.paid"). Webhooks subscribe with exact types, prefix
// wildcards ("invoice.*", matching any type below "invoice") or "*".

/** The type testWebhook sends by default; typed destinations show it as a test message. */
export const TEST_EVENT_TYPE = "webhook.test";

/** What the incoming webhooks publish (the monitoring bridge): each event, and the alerts they open and resolve. */
export const EVENT_RECEIVED = "monitoring.event.received";
export const ALERT_TRIGGERED = "monitoring.alert.triggered";
export const ALERT_RESOLVED = "monitoring.alert.resolved";

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
  const patterns = ["*", eventType];
  for (let length = 1; length < parts.length; length += 1) patterns.push(`${parts.slice(0, length).join(".")}.*`);
  return patterns;
}
