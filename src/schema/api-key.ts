import { builder } from "./builder.js";
import type { ApiKey } from "../generated/prisma/client.js";
import { isScope } from "../auth/scopes.js";
import { ScopeEnum } from "./scope.js";
import { localId } from "./global-id.js";
import { TenantRef } from "./tenant.js";
import { offsetArgs, skipOffset } from "./page-offset.js";
import { nameSchema } from "../common/validation.js";
import { lengthRange } from "./limits.js";

export const ApiKeyRef = builder.prismaNode("ApiKey", {
  id: { field: "id" },
  description: "A credential for the API. Only its prefix is shown after creation.",
  // Node lookups only ever see the caller's own tenant.
  findUnique: (id, context) => ({ id, tenantId: context.tenantId }),
  fields: (t) => ({
    name: t.exposeString("name", { description: `What the key is for, ${lengthRange(nameSchema)}.` }),
    prefix: t.exposeString("prefix", { description: "The visible start of the key, to recognise it." }),
    scopes: t.field({
      type: [ScopeEnum],
      description: "What the key may do.",
      resolve: (key) => key.scopes.filter(isScope),
    }),
    projectId: t.exposeString("projectId", {
      nullable: true,
      description: "The one project the key reaches (a portal session's key); null for the whole tenant.",
    }),
    expiresAt: t.expose("expiresAt", {
      type: "DateTime",
      nullable: true,
      description: "When it stops working; null for never.",
    }),
    lastUsedAt: t.expose("lastUsedAt", {
      type: "DateTime",
      nullable: true,
      description: "Updated at most once a minute.",
    }),
    revokedAt: t.expose("revokedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was revoked; null while it is not.",
    }),
    revoked: t.boolean({ description: "Whether it has been revoked.", resolve: (key) => key.revokedAt !== null }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    tenant: t.relation("tenant", { type: TenantRef, description: "The tenant it belongs to." }),
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
      totalCount: (_connection, _args, context) => context.stores.auth.countApiKeys(context.tenantId),
      args: offsetArgs,
      resolve: (query, _root, args, context) =>
        context.stores.auth.listApiKeys(context.tenantId, skipOffset(query, args)),
    },
    { name: "ApiKeyConnection" },
    { name: "ApiKeyEdge" },
  ),
);

const CreateApiKeyInput = builder.inputType("CreateApiKeyInput", {
  description: "A new API key.",
  fields: (t) => ({
    name: t.string({ required: true, description: `${lengthRange(nameSchema)}.` }),
    scopes: t.field({ type: [ScopeEnum], required: true, description: "At least one; each at most once." }),
    projectId: t.string({
      description:
        "Restricts the key to this project: it reaches only the project's webhooks, events and deliveries, as if the rest of the tenant did not exist. Such a key cannot hold TENANT_ADMIN, PORTAL_SESSIONS or EVENTS_MANAGE.",
    }),
    expiresAt: t.field({ type: "DateTime", description: "When the key stops working; never if omitted." }),
  }),
});

const CreateApiKeyPayload = builder.objectRef<{ apiKey: ApiKey; key: string }>("CreateApiKeyPayload").implement({
  description: "The new key, and its plain text shown this once.",
  fields: (t) => ({
    apiKey: t.field({
      type: ApiKeyRef,
      description: "The key as stored (without its secret part).",
      resolve: (payload) => payload.apiKey,
    }),
    key: t.exposeString("key", { description: "The plain key. Shown only here: store it now." }),
  }),
});

builder.mutationField("createApiKey", (t) =>
  t.field({
    type: CreateApiKeyPayload,
    description:
      "Creates an API key for the caller's tenant. Needs tenant:admin; the plain key is shown only in the payload.",
    authScopes: { scope: "tenant:admin" },
    errors: {},
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: "The key to create." }) },
    resolve: (_root, { input }, context) => context.stores.auth.createApiKey(context.tenantId, input),
  }),
);

const RevokeApiKeyInput = builder.inputType("RevokeApiKeyInput", {
  description: "Which key to revoke.",
  fields: (t) => ({
    id: t.globalID({ required: true, description: "The key's global id (ApiKey.id, Viewer.apiKeyId)." }),
  }),
});

const RevokeApiKeyPayload = builder.objectRef<{ apiKey: ApiKey }>("RevokeApiKeyPayload").implement({
  description: "The revoked key.",
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyRef, description: "The key, now revoked.", resolve: (payload) => payload.apiKey }),
  }),
});

builder.mutationField("revokeApiKey", (t) =>
  t.field({
    type: RevokeApiKeyPayload,
    description: "Revokes an API key: it stops working at once, in every process. Needs tenant:admin.",
    authScopes: { scope: "tenant:admin" },
    errors: {},
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true, description: "The key to revoke." }) },
    resolve: async (_root, { input }, context) => {
      const apiKey = await context.stores.auth.revokeApiKey(
        context.tenantId,
        localId(input.id, ["input", "id"], "apiKey"),
      );
      context.apiKeys.clear(); // here at once; other processes on the notification
      return { apiKey };
    },
  }),
);
