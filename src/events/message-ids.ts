// The Standard Webhooks webhook-id of an event's deliveries, and back.

/** The webhook-id of an event's deliveries: receivers de-duplicate on it. */
export function messageIdOf(eventId: string): string {
  return `msg_${eventId.replaceAll("-", "")}`;
}

/** The event a webhook-id names (messageIdOf's inverse); null when `messageId` is not one of ours. */
export function eventIdOfMessageId(messageId: string): string | null {
  const hex = /^msg_([0-9a-f]{32})$/.exec(messageId)?.[1];
  return hex
    ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
    : null;
}
