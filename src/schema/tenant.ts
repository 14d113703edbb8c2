import { builder } from "./builder.js";
import { EventValidationEnum } from "./enums.js";
import { retentionOf, type TenantRetention } from "../tenants/tenants.js";
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
    retention: t.field({
      type: TenantRetentionRef,
      description: "How long the tenant's history is kept before the service removes it.",
      select: { retentionEventsDays: true, retentionDeliveriesDays: true, retentionIncomingDays: true },
      resolve: (tenant, _args, context) => retentionOf(tenant, context.retention),
    }),
  }),
});

const TenantRetentionRef = builder.objectRef<TenantRetention>("TenantRetention").implement({
  description:
    "Days each kind of history is kept: the tenant's setting, or the service's default; never more than the service's maximum. Removed history is gone within a day after; unfinished deliveries, their attempts and their events are kept until they finish.",
  fields: (t) => ({
    events: t.exposeInt("events", {
      description: "Days published events are kept; at least as long as deliveries, since a delivery needs its event.",
    }),
    deliveries: t.exposeInt("deliveries", { description: "Days finished deliveries and their attempts are kept." }),
    incoming: t.exposeInt("incoming", {
      description: "Days incoming requests and their events are kept, and alerts after their last event.",
    }),
  }),
});

const TenantRetentionInput = builder.inputType("TenantRetentionInput", {
  description: "Days to keep each kind of history, 1 to the service's maximum; fields left out are unchanged.",
  fields: (t) => ({
    events: t.int({ description: "Days to keep published events." }),
    deliveries: t.int({ description: "Days to keep finished deliveries and their attempts." }),
    incoming: t.int({ description: "Days to keep incoming requests, their events and alerts." }),
  }),
});

const UpdateTenantSettingsInput = builder.inputType("UpdateTenantSettingsInput", {
  description: "Fields left out are unchanged.",
  fields: (t) => ({
    eventValidation: t.field({ type: EventValidationEnum, description: "How payloads are checked at publish." }),
    rejectUnknownEventTypes: t.boolean({ description: "Refuse events of types the catalogue lacks." }),
    retention: t.field({ type: TenantRetentionInput, description: "How long history is kept." }),
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
      const tenant = await context.stores.tenants.updateTenantSettings(context.tenantId, input, context.retention);
      context.events.catalogue.changed(context.tenantId);
      return { tenant };
    },
  }),
);
