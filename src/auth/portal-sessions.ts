// Portal sessions: a short-lived API key restricted to one project, handed to a tenant's customer as a
// link to the portal. The key travels in the URL's fragment, which browsers never send to a server,
// so it appears in no access log, proxy or Referer header.
import { z } from "zod";
import type { ApiKey, PrismaClient } from "../generated/prisma/client.js";
import { parseInput, projectIdSchema } from "../common/validation.js";
import { createApiKey } from "./api-keys.js";
import type { Scope } from "./scopes.js";

/** Where the portal is served, under PUBLIC_URL. */
export const PORTAL_PATH = "/portal/";

/** What a customer does in the portal unless the session says otherwise: everything but publishing, and reading the event type catalogue. */
export const PORTAL_SESSION_SCOPES: readonly Scope[] = [
  "webhooks:view",
  "webhooks:add",
  "webhooks:edit",
  "webhooks:remove",
  "deliveries:view",
  "deliveries:retry",
  "events:view",
];

export const PORTAL_SESSION_DEFAULT_SECONDS = 3600;
export const PORTAL_SESSION_MAX_SECONDS = 7 * 86_400;
const PORTAL_SESSION_MIN_SECONDS = 60;

const createPortalSessionInput = z.object({
  projectId: projectIdSchema.min(1, "must not be empty"),
  expiresInSeconds: z
    .number()
    .int("must be a whole number of seconds")
    .min(PORTAL_SESSION_MIN_SECONDS, `must be at least ${PORTAL_SESSION_MIN_SECONDS}`)
    .max(PORTAL_SESSION_MAX_SECONDS, `must be at most ${PORTAL_SESSION_MAX_SECONDS} (7 days)`)
    .nullish(),
});

/** The scopes are checked by createApiKey, as any project-scoped key's. */
export type CreatePortalSessionInput = z.input<typeof createPortalSessionInput> & { scopes?: Scope[] | null };

export interface PortalSession {
  url: string;
  expiresAt: Date;
  apiKey: ApiKey;
}

/** Mints a session's key (scopes checked as any project-scoped key's) and the portal link carrying it. */
export async function createPortalSession(
  prisma: Pick<PrismaClient, "apiKey">,
  tenantId: string,
  publicUrl: string,
  input: CreatePortalSessionInput,
  now = new Date(),
): Promise<PortalSession> {
  const { projectId, expiresInSeconds } = parseInput(createPortalSessionInput, input);
  const expiresAt = new Date(now.getTime() + (expiresInSeconds ?? PORTAL_SESSION_DEFAULT_SECONDS) * 1000);
  const { apiKey, key } = await createApiKey(prisma, tenantId, {
    name: `portal session: ${projectId}`.slice(0, 128),
    scopes: input.scopes ?? [...PORTAL_SESSION_SCOPES],
    projectId,
    expiresAt,
  });
  const url = `${publicUrl.replace(/\/+$/, "")}${PORTAL_PATH}#session=${encodeURIComponent(key)}`;
  return { url, expiresAt, apiKey };
}
