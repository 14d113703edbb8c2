// Property-based tests of what the outside world sends: random bytes and random JSON to an incoming
// webhook's URL, random GraphQL documents built from the schema (fields, arguments, fragments, nesting)
// with random variables to /graphql. Whatever arrives, the answer is never a 5xx, every GraphQL error
// carries a code of the documented list (never INTERNAL_SERVER_ERROR), and the service stays healthy.
// Each property runs for a bounded time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from "graphql";
import { schema } from "../src/schema/index.js";
import { ERROR_CODES } from "../src/common/errors.js";
import { startTestService, type TestService } from "./support/service.js";
import { member } from "./support/typed.js";
import { CreateIncomingWebhookDocument } from "@hookrelay/client";

const TIME_LIMIT_MS = 10_000;
const KNOWN_CODES = new Set<string>(ERROR_CODES);

let t: TestService;
let incomingUrl: string;
beforeAll(async () => {
  // The incoming rate limit would answer most of the fuzzer's requests 429 before they are read.
  t = await startTestService({
    PUBLIC_URL: "http://public.example",
    INCOMING_RATE_LIMIT: "100000",
    INCOMING_RATE_BURST: "100000",
  });
  const created = await t.gql(CreateIncomingWebhookDocument, {
    input: { name: "fuzzed", plugin: { pluginId: "generic-json" } },
  });
  const hook = member(created.data?.createIncomingWebhook, "CreateIncomingWebhookPayload").webhook;
  incomingUrl = hook.webhookUrl!.replace("http://public.example", t.url);
});
afterAll(() => t.stop());

const healthy = async () => expect((await fetch(`${t.url}/healthz`)).status).toBe(200);

/** Runs `property` for TIME_LIMIT_MS (or until it fails, with fast-check's shrunk counterexample). */
async function forAWhile<T>(arbitrary: fc.Arbitrary<T>, property: (value: T) => Promise<void>) {
  await fc.assert(fc.asyncProperty(arbitrary, property), {
    numRuns: Number.MAX_SAFE_INTEGER,
    interruptAfterTimeLimit: TIME_LIMIT_MS,
    markInterruptAsFailure: false,
  });
  await healthy();
}

describe("the incoming endpoint", () => {
  const post = async (body: Uint8Array<ArrayBuffer>, headers: Record<string, string>) => {
    const response = await fetch(incomingUrl, { method: "POST", body, headers });
    const text = await response.text();
    return { status: response.status, text };
  };

  it("answers random bytes, with or without a content-encoding, without a 5xx", async () => {
    await forAWhile(
      fc.record({
        bytes: fc.uint8Array({ maxLength: 4096 }),
        encoding: fc.constantFrom(undefined, "gzip", "deflate", "br", "zstd", "gzip, br"),
        type: fc.constantFrom("application/json", "text/plain", "application/octet-stream"),
      }),
      async ({ bytes, encoding, type }) => {
        const { status, text } = await post(new Uint8Array(bytes), {
          "content-type": type,
          ...(encoding ? { "content-encoding": encoding } : {}),
        });
        expect([202, 400, 413], text).toContain(status);
      },
    );
  });

  it("answers random JSON without a 5xx, and stores it", async () => {
    await forAWhile(fc.json({ maxDepth: 6 }), async (json) => {
      const { status, text } = await post(new TextEncoder().encode(json), { "content-type": "application/json" });
      expect([202, 400], text).toContain(status);
      expect(JSON.parse(text).eventIds, text).toHaveLength(1);
    });
  });
});

// Random GraphQL documents from the schema: mostly valid shapes with random argument values, and some
// misspelled names, so that validation, variable coercion, resolvers and the limits all get their turn.

/** A literal for an input type: a well-typed value most of the time, anything at all otherwise. */
function literalFor(type: GraphQLInputType, depth: number): fc.Arbitrary<string> {
  const anything = fc.oneof(
    fc.integer().map(String),
    fc.string({ maxLength: 20 }).map((text) => JSON.stringify(text)),
    fc.constantFrom("null", "true", "1.5", "[]", "{}", "NOT_A_VALUE"),
  );
  const inner = getNullableType(type);
  if (isListType(inner))
    return fc.array(literalFor(inner.ofType, depth), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`);
  const named = getNamedType(type);
  let typed: fc.Arbitrary<string> = anything;
  if (isEnumType(named)) typed = fc.constantFrom(...named.getValues().map((value) => value.name));
  else if (isScalarType(named))
    typed =
      named.name === "Int"
        ? fc.integer({ min: -5, max: 200 }).map(String)
        : named.name === "Boolean"
          ? fc.boolean().map(String)
          : named.name === "Float"
            ? fc.double({ noNaN: true, noDefaultInfinity: true }).map(String)
            : fc
                .oneof(
                  fc.string({ maxLength: 30 }),
                  fc.constantFrom("2026-12-06T10:00:00Z", "V2ViaG9vazox", "https://example.com/x", "whk_x"),
                )
                .map((text) => JSON.stringify(text));
  else if (isInputObjectType(named) && depth < 3) {
    const fields = Object.values(named.getFields());
    typed = fc
      .subarray(fields, { maxLength: Math.min(4, fields.length) })
      .chain((chosen) =>
        fc.tuple(...chosen.map((field) => literalFor(field.type, depth + 1).map((value) => `${field.name}: ${value}`))),
      )
      .map((pairs) => `{ ${pairs.join(", ")} }`);
  }
  return fc.oneof({ weight: 4, arbitrary: typed }, { weight: 1, arbitrary: anything });
}

function argumentsFor(args: readonly GraphQLArgument[]): fc.Arbitrary<string> {
  if (args.length === 0) return fc.constant("");
  return fc
    .subarray([...args], { maxLength: Math.min(3, args.length) })
    .chain((chosen) =>
      fc.tuple(...chosen.map((arg) => literalFor(arg.type, 0).map((value) => `${arg.name}: ${value}`))),
    )
    .map((pairs) => (pairs.length > 0 ? `(${pairs.join(", ")})` : ""));
}

/** A selection set over `type`, `depth` levels deep at most. */
function selectionFor(type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = schema.getPossibleTypes(type);
    return fc
      .subarray([...possible], { minLength: 1, maxLength: Math.min(2, possible.length) })
      .chain((chosen) =>
        fc.tuple(
          ...chosen.map((object) => selectionFor(object, depth).map((inner) => `... on ${object.name} ${inner}`)),
        ),
      )
      .map((fragments) => `{ __typename ${fragments.join(" ")} }`);
  }
  if (!isObjectType(type)) return fc.constant("");
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const usable = fields.filter(
    (field) => depth > 0 || isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)),
  );
  const candidates = usable.length > 0 ? usable : fields.slice(0, 1);
  return fc
    .subarray(candidates, { minLength: 1, maxLength: Math.min(4, candidates.length) })
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map((field) => {
          const named = getNamedType(field.type);
          const leaf = isScalarType(named) || isEnumType(named);
          return fc
            .tuple(argumentsFor(field.args), leaf ? fc.constant("") : selectionFor(named, depth - 1))
            .map(([args, inner]) => `${field.name}${args} ${inner}`);
        }),
      ),
    )
    .map((selections) => `{ ${selections.join(" ")} }`);
}

const misspelled = (document: string) =>
  fc.nat({ max: Math.max(0, document.length - 1) }).map((at) => `${document.slice(0, at)}x${document.slice(at + 1)}`);

const documents = fc
  .constantFrom(schema.getQueryType()!, schema.getMutationType()!)
  .chain((root) =>
    selectionFor(root, 3).map(
      (selection) => `${root === schema.getMutationType() ? "mutation" : "query"} ${selection}`,
    ),
  )
  .chain((document) =>
    fc.oneof({ weight: 5, arbitrary: fc.constant(document) }, { weight: 1, arbitrary: misspelled(document) }),
  );

describe("/graphql", () => {
  const send = async (body: unknown) => {
    const response = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${t.adminKey}` },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, text };
  };

  /** No 5xx; every error has a code of the documented list, and none is an unexpected error. */
  const expectTypedAnswer = ({ status, text }: { status: number; text: string }) => {
    expect(status, text).toBeLessThan(500);
    const answer = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    for (const error of answer.errors ?? []) {
      expect(KNOWN_CODES.has(String(error.extensions?.code)), text).toBe(true);
      expect(error.extensions?.code, text).not.toBe("INTERNAL_SERVER_ERROR");
    }
  };

  it("answers random documents built from the schema with typed errors, never a 5xx", async () => {
    await forAWhile(documents, async (query) => expectTypedAnswer(await send({ query })));
  });

  it("answers random variables for a document that declares them with typed errors", async () => {
    const query = `query($first: Int = 5, $filter: WebhookFilter, $after: String, $ids: [ID!]! = []) {
      webhooks(first: $first, filter: $filter, after: $after) { totalCount nodes { id name } }
      nodes(ids: $ids) { id }
    }`;
    await forAWhile(
      fc.record(
        { first: fc.jsonValue(), filter: fc.jsonValue({ maxDepth: 3 }), after: fc.jsonValue(), ids: fc.jsonValue() },
        { requiredKeys: [] },
      ),
      async (variables) => expectTypedAnswer(await send({ query, variables })),
    );
  });

  it("answers random request bodies with typed errors", async () => {
    await forAWhile(fc.jsonValue({ maxDepth: 4 }), async (body) => expectTypedAnswer(await send(body)));
  });
});
