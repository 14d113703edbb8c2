import { builder } from "./builder.js";

export const TenantRef = builder.prismaNode("Tenant", {
  id: { field: "id" },
  description: "An isolated account: its webhooks, events and keys are invisible to other tenants.",
  // A key sees its own tenant only: node(id:) of another tenant's id is NOT_FOUND, as a missing one.
  findUnique: (id, context) => ({ id, AND: [{ id: context.tenantId }] }),
  fields: (t) => ({
    name: t.exposeString("name", { description: "The tenant's name." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the tenant was created." }),
  }),
});
