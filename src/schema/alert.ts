// Alerts: incoming events with one key, de-duplicated.
import { projectWhere } from "../auth/owner.js";
import { builder } from "./builder.js";
import { AlertStateEnum, SeverityEnum } from "./enums.js";
import { READ_SCOPES } from "../auth/read-scopes.js";
import type { Alert } from "../generated/prisma/client.js";
import { NotFoundError } from "../common/errors.js";
import { localId } from "./global-id.js";
import { offsetArgs, plannedSkip, skipOffset } from "./page-offset.js";
import { IncomingWebhookRef } from "./incoming-webhook.js";
import { childConnection } from "./request-loader.js";
import { alertWhere, type AlertFilter } from "../incoming/alert-filter.js";

const UrgencyEnum = builder.enumType("Urgency", {
  description: "How soon someone should look, derived from the severity.",
  values: {
    HIGH: { description: "CRITICAL, ERROR or NOT_AVAILABLE severity." },
    LOW: { description: "Any other severity." },
  } as const,
});

export const AlertRef = builder.prismaNode("Alert", {
  id: { field: "id" },
  description:
    "Events with one key from one webhook: opened by an ALERT (ERROR for unreadable requests), resolved by a RECOVERY.",
  findUnique: (id, context) => ({ id, tenantId: context.tenantId, ...projectWhere(context.owner) }),
  fields: (t) => ({
    eventKey: t.exposeString("eventKey", {
      description: "The key its events share, derived by the plugin from each payload.",
    }),
    title: t.exposeString("title", { description: "The first event's title." }),
    description: t.exposeString("description", { nullable: true, description: "The latest event's." }),
    severity: t.expose("severity", { type: SeverityEnum, description: "The first event's severity." }),
    urgency: t.expose("urgency", {
      type: UrgencyEnum,
      description: "HIGH for CRITICAL, ERROR and NOT_AVAILABLE severities.",
    }),
    state: t.expose("state", { type: AlertStateEnum, description: "Open or resolved." }),
    eventCount: t.exposeInt("eventCount", { description: "Events attached, the recovery included." }),
    projectId: t.string({
      nullable: true,
      description: "The webhook's project when the alert opened; null for none.",
      resolve: (alert) => alert.projectId || null,
    }),
    firstEventAt: t.expose("firstEventAt", { type: "DateTime", description: "When the first event arrived." }),
    lastEventAt: t.expose("lastEventAt", { type: "DateTime", description: "When the latest event arrived." }),
    resolvedAt: t.expose("resolvedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was resolved; null while open.",
    }),
    webhook: t.relation("webhook", {
      nullable: true,
      description: "The incoming webhook its events came to. Needs webhooks:view.",
      authScopes: { scope: READ_SCOPES.IncomingWebhook },
    }),
    events: t.relatedConnection(
      "events",
      {
        nullable: true,
        authScopes: { scope: READ_SCOPES.IncomingEvent },
        cursor: "id",
        totalCount: true,
        description: "Its events, newest first. Needs webhooks:view.",
        args: offsetArgs,
        query: (args) => ({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: plannedSkip(args) }),
      },
      { name: "AlertEventsConnection" },
      { name: "AlertEventsEdge" },
    ),
  }),
});

const AlertFilterInput = builder.inputType("AlertFilter", {
  description: "Which alerts to list: every field given must match.",
  fields: (t) => ({
    state: t.field({ type: AlertStateEnum, description: "Only alerts in this state." }),
    severity: t.field({ type: SeverityEnum, description: "Only alerts of this severity." }),
    webhookId: t.globalID({ description: "Only alerts of this incoming webhook." }),
  }),
});

/** The filter as the module takes it, the webhook's global id decoded. */
const alertFilterOf = (filter: typeof AlertFilterInput.$inferInput | null | undefined): AlertFilter | undefined =>
  filter
    ? {
        ...filter,
        webhookId: filter.webhookId ? localId(filter.webhookId, ["filter", "webhookId"], "incomingWebhook") : null,
      }
    : undefined;

const IncomingWebhookAlertFilterInput = builder.inputType("IncomingWebhookAlertFilter", {
  description: "Which of the webhook's alerts to list: every field given must match.",
  fields: (t) => ({
    state: t.field({ type: AlertStateEnum, description: "Only alerts in this state." }),
    severity: t.field({ type: SeverityEnum, description: "Only alerts of this severity." }),
  }),
});

builder.prismaObjectField(IncomingWebhookRef, "alerts", (t) =>
  t.connection(
    {
      type: AlertRef,
      nullable: true,
      description:
        "Alerts this webhook's events opened, newest first. A page of webhooks loads its alerts in a constant number of statements.",
      authScopes: { scope: READ_SCOPES.Alert },
      args: {
        ...offsetArgs,
        filter: t.arg({ type: IncomingWebhookAlertFilterInput, description: "Only alerts matching it." }),
      },
      resolve: (webhook, args, context) =>
        childConnection(context, webhook.id, args, {
          name: "alerts",
          filter: args.filter,
          loadPages: (ids, page) => context.stores.incoming.loadWebhookAlertPages(ids, args.filter, page),
          loadCounts: (ids) => context.stores.incoming.countWebhookAlerts(ids, args.filter),
        }),
    },
    { name: "IncomingWebhookAlertConnection" },
    { name: "IncomingWebhookAlertEdge" },
  ),
);

builder.queryField("alerts", (t) =>
  t.prismaConnection(
    {
      nullable: true,
      type: AlertRef,
      cursor: "id",
      description: "The tenant's alerts, newest first.",
      authScopes: { scope: "webhooks:view" },
      args: { ...offsetArgs, filter: t.arg({ type: AlertFilterInput, description: "Only alerts matching it." }) },
      resolve: (query, _root, args, context) =>
        context.stores.incoming.listAlerts(
          alertWhere(context.owner, alertFilterOf(args.filter)),
          skipOffset(query, args),
        ),
      totalCount: (_root, { filter }, context) =>
        context.stores.incoming.countAlerts(alertWhere(context.owner, alertFilterOf(filter))),
    },
    { name: "AlertConnection" },
    { name: "AlertEdge" },
  ),
);

builder.queryField("alert", (t) =>
  t.prismaField({
    nullable: true,
    type: AlertRef,
    description: "One alert. Null, with a NOT_FOUND error at its path, when it does not exist for this tenant.",
    authScopes: { scope: "webhooks:view" },
    args: { id: t.arg.globalID({ required: true, description: "The alert's global id." }) },
    resolve: async (query, _root, args, context) => {
      const alert = await context.stores.incoming.findAlert(context.owner, localId(args.id, ["id"], "alert"), query);
      if (!alert) throw new NotFoundError("Alert");
      return alert;
    },
  }),
);

builder.mutationField("resolveAlert", (t) =>
  t.field({
    type: builder.objectRef<{ alert: Alert }>("ResolveAlertPayload").implement({
      description: "The alert, resolved.",
      fields: (f) => ({
        alert: f.field({ type: AlertRef, description: "The resolved alert.", resolve: (payload) => payload.alert }),
      }),
    }),
    description:
      "Resolves an open alert by hand and publishes monitoring.alert.resolved. Resolving a resolved alert changes nothing.",
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: {
      input: t.arg({
        type: builder.inputType("ResolveAlertInput", {
          description: "Which alert to resolve.",
          fields: (f) => ({ id: f.globalID({ required: true, description: "The alert's global id." }) }),
        }),
        required: true,
        description: "The alert to resolve.",
      }),
    },
    resolve: async (_root, { input }, context) => ({
      alert: await context.stores.incoming.resolveAlert(context.owner, localId(input.id, ["input", "id"], "alert")),
    }),
  }),
);
