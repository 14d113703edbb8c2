// The README's typed-client example (test/typed-client.test.ts runs it): create a webhook, handle
// the error union, list with a filter.
import { createClient } from "./client.js";
import { CreateOutgoingWebhookDocument, OutgoingWebhooksDocument } from "./generated/graphql.js";

export async function example(url: string, apiKey: string): Promise<string[]> {
  const client = createClient(url, apiKey);

  const created = await client.request(CreateOutgoingWebhookDocument, {
    input: {
      name: "billing",
      url: "https://billing.example.com/hooks",
      eventTypes: ["invoice.*"],
      projectId: "billing",
    },
  });
  const result = created.data?.createOutgoingWebhook;
  if (!result) throw new Error(created.errors?.[0]?.message ?? "no answer");
  switch (result.__typename) {
    case "CreateOutgoingWebhookPayload":
      console.log(`created ${result.webhook.id}; store its secret now: ${result.secret}`);
      break;
    case "ValidationError":
      for (const issue of result.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
      throw new Error(result.message);
    default:
      throw new Error(`${result.code}: ${result.message}`);
  }

  const listed = await client.request(OutgoingWebhooksDocument, {
    filter: { projectId: "billing", active: true },
    first: 20,
  });
  const names: string[] = [];
  for (const node of listed.data?.webhooks?.nodes ?? []) {
    if (node.__typename === "OutgoingWebhook") names.push(`${node.name} -> ${node.url} (${node.state})`);
  }
  return names;
}
