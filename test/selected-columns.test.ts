// The webhooks list reads only the columns its selection's fields say they read (schema/selected-columns.ts).
// A field that reads a column it does not name would answer differently from the list than from
// webhook(id), which reads whole rows: every field of both kinds is compared that way.
import {
  getNamedType,
  isLeafType,
  isObjectType,
  isNonNullType,
  parse,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  type FieldNode,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wholeTenant } from "../src/auth/owner.js";
import { SecretBox } from "../src/crypto/secret-box.js";
import { Prisma } from "../src/generated/prisma/client.js";
import { schema } from "../src/schema/index.js";
import { selectedColumns } from "../src/schema/selected-columns.js";
import { loadWebhookPage } from "../src/webhooks/webhook-query.js";
import { startTestService, type TestService } from "./support/service.js";

let t: TestService;
let tenantId: string;
const ids: Record<"OutgoingWebhook" | "IncomingWebhook", string> = { OutgoingWebhook: "", IncomingWebhook: "" };

beforeAll(async () => {
  t = await startTestService();
  tenantId = (await t.service.database.prisma.tenant.findFirstOrThrow()).id;
  // Through the API, so that the service's own key seals the secrets the fields open.
  const outgoing = await t.gql<{ createOutgoingWebhook: { webhook: { id: string } } }>(
    `mutation { createOutgoingWebhook(input: { name: "every field", url: "https://receiver.example.com/in",
      eventTypes: ["invoice.*"], headers: [{ name: "Authorization", values: ["Bearer 0123456789"] }], projectId: "billing",
      tags: { team: "payments" }, rateLimit: { perSecond: 5, burst: 10 }, maxConcurrentRequests: 3, ordering: FIFO,
      failureHandling: { timeoutSeconds: 7 } }) { ... on CreateOutgoingWebhookPayload { webhook { id } } } }`,
  );
  const incoming = await t.gql<{ createIncomingWebhook: { webhook: { id: string } } }>(
    `mutation { createIncomingWebhook(input: { name: "every incoming field", plugin: { pluginId: "generic-json" },
      tags: { team: "ops" } }) { ... on CreateIncomingWebhookPayload { webhook { id } } } }`,
  );
  ids.OutgoingWebhook = outgoing.data!.createOutgoingWebhook.webhook.id;
  ids.IncomingWebhook = incoming.data!.createIncomingWebhook.webhook.id;
  await t.service.database.sql(
    Prisma.sql`UPDATE webhooks SET suspended_at = now(), suspend_reason = 'failing', consecutive_failures = 4,
      last_failure_at = now(), last_success_at = now() - interval '1 hour' WHERE kind = 'OUTGOING'`,
  );
});
afterAll(() => t.stop());

/** A selection of every field of `type` that takes no required argument, nested a few levels. */
function selectionOf(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).filter((field) => !field.args.some((arg) => isNonNullType(arg.type)));
  return fields
    .flatMap((field) => {
      const named = getNamedType(field.type);
      if (isLeafType(named)) return [field.name];
      if (depth > 0 && isObjectType(named)) return [`${field.name} { ${selectionOf(named, depth - 1)} }`];
      return [`${field.name} { __typename }`];
    })
    .join(" ");
}

/** The first field of a query's text, with its fragments, as a resolver's info holds them. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === "OperationDefinition",
  )!;
  const fragments = Object.fromEntries(
    document.definitions.flatMap((definition) =>
      definition.kind === "FragmentDefinition" ? [[definition.name.value, definition]] : [],
    ),
  );
  return { schema, fragments, fieldNodes: [operation.selectionSet.selections[0] as FieldNode] };
}

describe("the webhooks list's columns", () => {
  for (const typeName of ["OutgoingWebhook", "IncomingWebhook"] as const) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((arg) => isNonNullType(arg.type))) continue;
      it(`${typeName}.${field.name} answers the same from the list as from webhook(id)`, async () => {
        const named = getNamedType(field.type);
        const selection = isLeafType(named)
          ? field.name
          : `${field.name} { ${isObjectType(named) ? selectionOf(named, 2) : "__typename"} }`;
        const fragment = `... on ${typeName} { ${selection} }`;
        const list = await t.gql<{ webhooks: { nodes: unknown[] } }>(
          `query($ids: [ID!]) { webhooks(first: 1, filter: { ids: $ids }) { nodes { ${fragment} } } }`,
          { ids: [ids[typeName]] },
        );
        const one = await t.gql<{ webhook: unknown }>(`query($id: ID!) { webhook(id: $id) { ${fragment} } }`, {
          id: ids[typeName],
        });
        expect(list.errors).toEqual(one.errors);
        expect(list.data?.webhooks.nodes).toEqual([one.data?.webhook]);
      });
    }
  }

  it("reads the fields a selection names, through fragments, and every field for one that names none", () => {
    const columns = selectedColumns(
      infoOf(`{ webhooks { totalCount edges { cursor node { ...Row } } nodes { id name
        ... on OutgoingWebhook { active headers { name } } } }
      }
      fragment Row on Webhook { state createdAt __typename }`),
      "Webhook",
    );
    expect([...(columns ?? [])].sort()).toEqual(
      ["id", "name", "enabled", "suspendedAt", "headers", "createdAt"].sort(),
    );
    expect(
      selectedColumns(
        infoOf(`{ webhooks { nodes { ... on OutgoingWebhook { deliveries { totalCount } } } } }`),
        "Webhook",
      ),
    ).toBeNull();
  });

  it("gives rows with only the fields asked for, their id and kind", async () => {
    const page = await loadWebhookPage(
      t.service.database.sql,
      // Reads no access key: the filter has none.
      new SecretBox(Buffer.alloc(32)),
      wholeTenant(tenantId),
      null,
      { field: "NAME", direction: "ASC" },
      { limit: 10, offset: 0, inverted: false },
      ["name"],
    );
    expect(page.rows.map((row) => Object.keys(row).sort())).toEqual([
      ["id", "kind", "name", "sortKey"],
      ["id", "kind", "name", "sortKey"],
    ]);
  });
});
