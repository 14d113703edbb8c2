import { builder } from "./builder.js";
import { EventValidationEnum } from "./enums.js";
import { updateTenantSettings } from "../tenants/tenants.js";
import type { Tenant } from "../generated/prisma/client.js";

export const TenantRef = builder.prismaNode("Tenant", {
  id: { field: "id" },
  description: "An isolated account: its webhooks, events and keys are invisible to other tenants.",
  // A key sees its own tenant only: node(id:) of another tenant's id is NOT_FOUND, as a missing one.
  findUnique: (id, context) => ({ id, AND: [{ id: context.tenantId }] }),
  fields: (t) => ({
    name: t.exposeString("name", { description: "The tenant's name." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the tenant was created." }),
    eventValidation: t.expose("eventValidation", {
      type: EventValidationEnum,
      description:
        "How published payloads are checked against their type's schema in the catalogue (an event type may say otherwise). Default WARN.",
    }),
    rejectUnknownEventTypes: t.exposeBoolean("rejectUnknownEventTypes", {
      description:
        "Whether publishing refuses a type the catalogue lacks (a ValidationError on its type). Default false.",
    }),
  }),
});

const UpdateTenantSettingsInput = builder.inputType("UpdateTenantSettingsInput", {
  description: "Fields left out are unchanged.",
  fields: (t) => ({
    eventValidation: t.field({ type: EventValidationEnum, description: "How payloads are checked at publish." }),
    rejectUnknownEventTypes: t.boolean({ description: "Refuse events of types the catalogue lacks." }),
  }),
});

builder.mutationField("updateTenantSettings", (t) =>
  t.field({
    type: builder.objectRef<{ tenant: Tenant }>("UpdateTenantSettingsPayload").implement({
      description: "The tenant, with its settings.",
      fields: (f) => ({
        tenant: f.field({ type: TenantRef, description: "The tenant.", resolve: (payload) => payload.tenant }),
      }),
    }),
    description: "Changes the caller's tenant's settings. Needs tenant:admin.",
    authScopes: { scope: "tenant:admin" },
    errors: {},
    args: { input: t.arg({ type: UpdateTenantSettingsInput, required: true, description: "The settings." }) },
    resolve: async (_root, { input }, context) => {
      const tenant = await updateTenantSettings(context.prisma, context.tenantId, input);
      context.events.catalogue.changed(context.tenantId);
      return { tenant };
    },
  }),
);
