import { builder } from "../builder.js";
import type { ApiKey } from "../generated/prisma/client.js";
import { principalOf } from "../context.js";
import { createApiKey, revokeApiKey } from "../auth/api-keys.js";
import type { Scope } from "../auth/scopes.js";
import { ScopeEnum } from "./scope.js";
import { localId } from "./global-id.js";
import { TenantRef } from "./tenant.js";

export const ApiKeyRef = builder.prismaNode("ApiKey", {
  id: { field: "id" },
  description: "A credential for the API. Only its prefix is shown after creation.",
  // Node lookups only ever see the caller's own tenant.
  findUnique: (id, context) => ({ id, tenantId: principalOf(context).tenantId }),
  fields: (t) => ({
    name: t.exposeString("name"),
    prefix: t.exposeString("prefix", { description: "The visible start of the key, to recognise it." }),
    scopes: t.field({ type: [ScopeEnum], resolve: (key) => key.scopes as Scope[] }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true, description: "Updated at most once a minute." }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
    revoked: t.boolean({ resolve: (key) => key.revokedAt !== null }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    tenant: t.relation("tenant", { type: TenantRef }),
  }),
});

builder.queryField("apiKeys", (t) =>
  t.prismaConnection(
    {
    nullable: true,
    type: "ApiKey",
    cursor: "id",
    description: "The tenant's API keys, newest first.",
    authScopes: { scope: "tenant:admin" },
    totalCount: (_connection, _args, context) => context.prisma.apiKey.count({ where: { tenantId: principalOf(context).tenantId } }),
    resolve: (query, _root, _args, context) =>
      context.prisma.apiKey.findMany({
        ...query,
        where: { tenantId: principalOf(context).tenantId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
    },
    { name: "ApiKeyConnection" },
    { name: "ApiKeyEdge" },
  ),
);

const CreateApiKeyInput = builder.inputType("CreateApiKeyInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "1-128 characters." }),
    scopes: t.field({ type: [ScopeEnum], required: true }),
    expiresAt: t.field({ type: "DateTime", description: "When the key stops working; never if omitted." }),
  }),
});

const CreateApiKeyPayload = builder.objectRef<{ apiKey: ApiKey; key: string }>("CreateApiKeyPayload").implement({
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyRef, resolve: (payload) => payload.apiKey }),
    key: t.exposeString("key", { description: "The plain key. Shown only here: store it now." }),
  }),
});

builder.mutationField("createApiKey", (t) =>
  t.field({
    type: CreateApiKeyPayload,
    authScopes: { scope: "tenant:admin" },
    errors: {},
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: (_root, { input }, context) => createApiKey(context.prisma, principalOf(context).tenantId, input),
  }),
);

const RevokeApiKeyInput = builder.inputType("RevokeApiKeyInput", {
  fields: (t) => ({ id: t.globalID({ required: true }) }),
});

const RevokeApiKeyPayload = builder.objectRef<{ apiKey: ApiKey }>("RevokeApiKeyPayload").implement({
  fields: (t) => ({ apiKey: t.field({ type: ApiKeyRef, resolve: (payload) => payload.apiKey }) }),
});

builder.mutationField("revokeApiKey", (t) =>
  t.field({
    type: RevokeApiKeyPayload,
    authScopes: { scope: "tenant:admin" },
    errors: {},
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const apiKey = await revokeApiKey(context.prisma, principalOf(context).tenantId, localId(input.id, ["input", "id"], "API key", "ApiKey"));
      context.apiKeys.clear(); // here at once; other processes on the notification
      return { apiKey };
    },
  }),
);
