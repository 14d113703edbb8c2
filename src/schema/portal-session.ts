import { builder } from "./builder.js";
import { ScopeEnum } from "./scope.js";
import { ApiKeyRef } from "./api-key.js";
import {
  PORTAL_SESSION_DEFAULT_SECONDS,
  PORTAL_SESSION_MAX_SECONDS,
  PORTAL_SESSION_SCOPES,
  type PortalSession,
} from "../auth/portal-sessions.js";

const CreatePortalSessionInput = builder.inputType("CreatePortalSessionInput", {
  description: "A portal session for one project.",
  fields: (t) => ({
    projectId: t.string({ required: true, description: "The project the session reaches, and nothing else." }),
    scopes: t.field({
      type: [ScopeEnum],
      description: `What the session may do (default: ${PORTAL_SESSION_SCOPES.join(", ")}). Not TENANT_ADMIN or PORTAL_SESSIONS.`,
    }),
    expiresInSeconds: t.int({
      description: `How long the session lasts: ${PORTAL_SESSION_DEFAULT_SECONDS} seconds unless given, at most ${PORTAL_SESSION_MAX_SECONDS} (7 days).`,
    }),
  }),
});

const CreatePortalSessionPayload = builder.objectRef<PortalSession>("CreatePortalSessionPayload").implement({
  description: "A link to the portal for one project, working until it expires.",
  fields: (t) => ({
    url: t.string({
      description:
        "The portal with the session's key in the URL fragment (#session=...), which browsers never send to a server. Hand it to the customer; it is shown only here.",
      resolve: (session) => session.url,
    }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", description: "When the session stops working." }),
    apiKey: t.field({
      type: ApiKeyRef,
      description: "The session's key as stored (revokeApiKey ends the session at once).",
      resolve: (session) => session.apiKey,
    }),
  }),
});

builder.mutationField("createPortalSession", (t) =>
  t.field({
    type: CreatePortalSessionPayload,
    description:
      "Mints a portal session: a short-lived API key restricted to one project, in a link to the portal. Needs portal:sessions, so a backend can hand its customers sessions without holding tenant:admin.",
    authScopes: { scope: "portal:sessions" },
    errors: {},
    args: { input: t.arg({ type: CreatePortalSessionInput, required: true, description: "The session to mint." }) },
    resolve: (_root, { input }, context) =>
      context.stores.auth.createPortalSession(context.tenantId, context.publicUrl, input),
  }),
);
