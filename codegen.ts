// GraphQL Code Generator (npm run codegen), from schema.graphql:
// - client/src/generated: typed documents for the operations in client/operations, the shipped client;
// - test/generated: typed documents for every graphql(`...`) the tests send, so a schema change
//   that breaks one of them fails codegen or the type check, not only a test run.
// CI fails when either is stale (codegen:check).
import type { CodegenConfig } from "@graphql-codegen/cli";

function typedDocuments(json: string) {
  return {
    preset: "client" as const,
    presetConfig: { fragmentMasking: false },
    config: {
      // Each document is its query text typed with its result and variables: send it as it is.
      documentMode: "string",
      enumsAsTypes: true,
      useTypeImports: true,
      emitLegacyCommonJSImports: false,
      strictScalars: true,
      scalars: {
        DateTime: "string",
        URL: "string",
        JSON: `import('${json}').JsonValue`,
        JSONObject: `import('${json}').JsonObject`,
      },
    },
  };
}

const config: CodegenConfig = {
  schema: "schema.graphql",
  generates: {
    "client/src/generated/": { documents: ["client/operations/*.graphql"], ...typedDocuments("../json.js") },
    // The tests' documents may spread the client's MutationError fragment.
    "test/generated/": {
      documents: ["test/**/*.ts", "!test/generated/**", "client/operations/errors.graphql"],
      ...typedDocuments("@hookrelay/client"),
    },
  },
};

export default config;
