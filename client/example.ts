// The client example of docs/api.md (test/typed-client.test.ts runs it): create an endpoint, publish an
// event, list the endpoints of a project, handle a refused input. Run it against a service:
//   HOOKRELAY_URL=http://localhost:4000/graphql HOOKRELAY_API_KEY=whk_... npx tsx client/example.ts
import { pathToFileURL } from "node:url";
import { createHookrelay, HookrelayError } from "@hookrelay/client";

export async function example(url: string, apiKey: string): Promise<string[]> {
  const hookrelay = createHookrelay({ url, apiKey });

  // A mutation answers its payload; a refused input, a missing scope or a timeout throws a HookrelayError.
  const { webhook, secret } = await hookrelay.webhooks.create({
    name: "billing",
    url: "https://billing.example.com/hooks",
    eventTypes: ["invoice.*"],
    projectId: "billing",
  });
  console.log(`created ${webhook.id}; store its secret now: ${secret}`);

  const { event, deliveryCount } = await hookrelay.events.publish({
    type: "invoice.paid",
    payload: { invoiceId: "in_1", amount: 4200 },
    projectId: "billing",
  });
  console.log(`published ${event.id} to ${deliveryCount} endpoint(s)`);

  try {
    await hookrelay.webhooks.create({ name: "", url: "ftp://example.com", eventTypes: ["*"] });
  } catch (error) {
    if (!(error instanceof HookrelayError) || error.code !== "BAD_USER_INPUT") throw error;
    for (const issue of error.issues) console.log(`refused: ${issue.path.join(".")}: ${issue.message}`);
  }

  const names: string[] = [];
  // Every page of the list, node by node.
  for await (const node of hookrelay.webhooks.all({ filter: { projectId: "billing", active: true } })) {
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
