/* eslint-disable @typescript-eslint/no-explicit-any -- tests read arbitrary JSON response shapes */
// GraphQL helpers shared by the delivery tests.
import type { TestService } from "./service.js";

export const ERRORS = `... on Error { __typename code message } ... on ValidationError { issues { path message } } ... on ForbiddenError { missingScope }`;

export const DELIVERY_FIELDS = `id status attemptCount nextAttemptAt lastAttemptAt completedAt isTest eventType messageId failureTrigger failureMessage failureTimestamp
  event { id type } webhook { id name }
  attempts { attemptNumber startedAt durationMs url requestHeaders { name value } responseStatus responseHeaders { name value } responseBody succeeded failureTrigger failureMessage }`;

export async function createWebhook(t: TestService, input: Record<string, unknown>, key?: string): Promise<{ id: string; secret: string }> {
  const res = await t.gql(
    `mutation($input: CreateOutgoingWebhookInput!) { createOutgoingWebhook(input: $input) { __typename ... on CreateOutgoingWebhookPayload { secret webhook { id } } ${ERRORS} } }`,
    { input: { name: `hook ${Math.random().toString(36).slice(2)}`, ...input } },
    key,
  );
  const result = res.data?.createOutgoingWebhook;
  if (result?.__typename !== "CreateOutgoingWebhookPayload") throw new Error(`createOutgoingWebhook failed: ${JSON.stringify(res)}`);
  return { id: result.webhook.id, secret: result.secret };
}

export async function publish(t: TestService, input: Record<string, unknown>, key?: string): Promise<any> {
  const res = await t.gql(
    `mutation($input: PublishEventInput!) { publishEvent(input: $input) { __typename ... on PublishEventPayload { deliveryCount duplicate event { id type payload occurredAt } } ${ERRORS} } }`,
    { input: { type: "invoice.paid", payload: { amount: 100 }, ...input } },
    key,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.publishEvent;
}

export async function deliveriesOf(t: TestService, filter: Record<string, unknown>): Promise<any[]> {
  const res = await t.gql(`query($filter: DeliveryFilter) { deliveries(first: 100, filter: $filter) { nodes { ${DELIVERY_FIELDS} } } }`, { filter });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.deliveries.nodes;
}

export async function webhookState(t: TestService, id: string): Promise<any> {
  const res = await t.gql(
    `query($id: ID!) { webhook(id: $id) { ... on OutgoingWebhook { enabled suspended suspendedAt suspendReason consecutiveFailures lastSuccessAt lastFailureAt } } }`,
    { id },
  );
  return res.data!.webhook;
}
