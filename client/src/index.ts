// @hookrelay/client: the document-level client (createClient), the resource layer (createHookrelay),
// and a typed document for every operation of the API with its result, variable and enum types.
export * from "./client.js";
export * from "./resources.js";
export * from "./generated/graphql.js";
