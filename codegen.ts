// GraphQL Code Generator (npm run codegen): typed documents for the operations in client/operations,
// generated from schema.graphql into client/generated. CI fails when they are stale (codegen:check).
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["client/operations/*.graphql"],
  generates: {
    "client/generated/": {
      preset: "client",
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
          JSON: "import('../json.js').JsonValue",
          JSONObject: "import('../json.js').JsonObject",
        },
      },
    },
  },
};

export default config;
