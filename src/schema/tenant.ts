import { builder } from "../builder.js";

export const TenantRef = builder.prismaObject("Tenant", {
  description: "An isolated account: its webhooks, events and keys are invisible to other tenants.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});
