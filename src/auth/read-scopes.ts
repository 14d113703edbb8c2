import type { Scope } from "./scopes.js";

/**
 * The scope a key must hold to read each kind of object. It is checked where an object is reached
 * (the root field, node(id:), each field leading from one object to another), not on each of its
 * scalar fields: a field check wraps every resolver, which cost a 50-row page a third of its CPU.
 * A mutation's payload shows what the call wrote to any key the mutation's own scope lets in.
 */
export const READ_SCOPES = {
  Alert: "webhooks:view",
  ApiKey: "tenant:admin",
  Delivery: "deliveries:view",
  DeliveryAttempt: "deliveries:view",
  Erasure: "tenant:admin",
  Event: "deliveries:view",
  EventType: "events:view",
  IncomingEvent: "webhooks:view",
  IncomingWebhook: "webhooks:view",
  OutgoingWebhook: "webhooks:view",
} as const satisfies Record<string, Scope>;

/** The scope reading objects of `typename` needs; undefined for a type no global id names. */
export function readScopeOf(typename: string): Scope | undefined {
  const scopes: Partial<Record<string, Scope>> = READ_SCOPES;
  return Object.hasOwn(scopes, typename) ? scopes[typename] : undefined;
}
