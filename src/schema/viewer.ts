import { builder } from "./builder.js";
import { principalOf } from "./context.js";
import type { Principal } from "../auth/api-keys.js";
import { ScopeEnum } from "./scope.js";
import { TenantRef } from "./tenant.js";

const ViewerRef = builder.objectRef<Principal>("Viewer").implement({
  description: "The API key making this request.",
  fields: (t) => ({
    apiKeyId: t.globalID({
      description: "The key's global id, as ApiKey.id (revokeApiKey takes it).",
      resolve: (principal) => ({ type: "ApiKey", id: principal.apiKeyId }),
    }),
    name: t.exposeString("name", { description: "The key's name." }),
    projectId: t.exposeString("projectId", {
      nullable: true,
      description: "The one project the key reaches; null for the whole tenant.",
    }),
    scopes: t.field({
      type: [ScopeEnum],
      description: "What the key may do.",
      resolve: (principal) => principal.scopes,
    }),
    tenant: t.prismaField({
      type: TenantRef,
      description: "The tenant the key belongs to.",
      resolve: (query, principal, _args, context) => context.stores.tenants.findTenant(principal.tenantId, query),
    }),
  }),
});

builder.queryField("viewer", (t) =>
  t.field({
    nullable: true,
    type: ViewerRef,
    description: "The API key making the request: any valid key may read it.",
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => principalOf(context),
  }),
);
