// GraphQL helpers shared by the delivery tests: publishing and reading deliveries.
import type { TestService } from "./service.js";
import { member } from "./typed.js";
import {
  DeliveriesDocument,
  PublishEventDocument,
  type DeliveryFieldsFragment,
  type DeliveryFilter,
  type PublishEventInput,
  type PublishEventMutation,
} from "@hookrelay/client";

type PublishInput = Partial<PublishEventInput>;

type PublishResult = PublishEventMutation["publishEvent"];

/** Publishes (type invoice.paid with a small payload unless told otherwise) and answers the mutation's result. */
export async function publishResult(t: TestService, input: PublishInput, key?: string): Promise<PublishResult> {
  const res = await t.gql(
    PublishEventDocument,
    { input: { type: "invoice.paid", payload: { amount: 100 }, ...input } },
    key,
  );
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.publishEvent;
}

/** Publishes and answers the payload; any error fails the test. */
export async function publish(
  t: TestService,
  input: PublishInput,
  key?: string,
): Promise<Extract<PublishResult, { __typename: "PublishEventPayload" }>> {
  return member(await publishResult(t, input, key), "PublishEventPayload");
}

export async function deliveriesOf(
  t: TestService,
  filter: DeliveryFilter,
  key?: string,
): Promise<DeliveryFieldsFragment[]> {
  const res = await t.gql(DeliveriesDocument, { filter, first: 100 }, key);
  if (res.errors || !res.data?.deliveries) throw new Error(JSON.stringify(res.errors));
  return res.data.deliveries.nodes;
}
