// The README's typed-client example (test/typed-client.test.ts runs it): create a webhook, handle
// the error union, list with a filter. Run it against a service:
//   HOOKRELAY_URL=http://localhost:4000/graphql HOOKRELAY_API_KEY=whk_... npx tsx client/example.ts
import { pathToFileURL } from "node:url";
import { createClient, HookrelayError } from "./client.js";
import { CreateOutgoingWebhookDocument, OutgoingWebhooksDocument } from "./generated/graphql.js";

export async function example(url: string, apiKey: string): Promise<string[]> {
  const client = createClient(url, apiKey);

  // A refused key, a missing scope, a timeout: thrown as a HookrelayError with its code.
  const { createOutgoingWebhook: result } = await client.request(CreateOutgoingWebhookDocument, {
    input: {
      name: "billing",
      url: "https://billing.example.com/hooks",
      eventTypes: ["invoice.*"],
      projectId: "billing",
    },
  });
  // What the input got wrong is the mutation's typed answer.
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

  const names: string[] = [];
  // Every page of the list, node by node.
  for await (const node of client.paginate(OutgoingWebhooksDocument, {
    filter: { projectId: "billing", active: true },
  })) {
    if (node.__typename === "OutgoingWebhook") names.push(`${node.name} -> ${node.url} (${node.state})`);
  }
  return names;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { HOOKRELAY_URL: url = "http://localhost:4000/graphql", HOOKRELAY_API_KEY: key } = process.env;
  if (!key) {
    console.error("Set HOOKRELAY_API_KEY (and HOOKRELAY_URL, default http://localhost:4000/graphql).");
    process.exit(2);
  }
  try {
    for (const line of await example(url, key)) console.log(line);
  } catch (error) {
    console.error(error instanceof HookrelayError ? `${error.code}: ${error.message}` : error);
    process.exit(1);
  }
}
