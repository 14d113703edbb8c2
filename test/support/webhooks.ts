// GraphQL helpers for outgoing webhooks: creating one and reading its state.
import type { TestService } from "./service.js";
import { member } from "./typed.js";
import {
  CreateOutgoingWebhookDocument,
  OutgoingWebhookDocument,
  type CreateOutgoingWebhookInput,
  type OutgoingWebhookFieldsFragment,
} from "@hookrelay/client";

type CreateWebhookInput = Omit<CreateOutgoingWebhookInput, "name"> & { name?: string };

export async function createWebhook(
  t: TestService,
  input: CreateWebhookInput,
  key?: string,
): Promise<{ id: string; secret: string }> {
  const res = await t.gql(
    CreateOutgoingWebhookDocument,
    { input: { name: `hook ${Math.random().toString(36).slice(2)}`, ...input } },
    key,
  );
  const result = member(res.data?.createOutgoingWebhook, "CreateOutgoingWebhookPayload");
  return { id: result.webhook.id, secret: result.secret };
}

export async function webhookState(t: TestService, id: string): Promise<OutgoingWebhookFieldsFragment> {
  const res = await t.gql(OutgoingWebhookDocument, { id });
  return member(res.data?.webhook, "OutgoingWebhook");
}
