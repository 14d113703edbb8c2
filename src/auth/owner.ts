// Whose rows a caller reaches. Domain modules take an Owner wherever they read or change a tenant's
// rows, so a project-scoped caller (a portal session's key) misses another project's rows exactly as a
// caller misses another tenant's: they are not there.
import { Prisma } from "../generated/prisma/client.js";
import { ValidationError } from "../common/errors.js";

export interface Owner {
  readonly tenantId: string;
  /** The one project reached; null for the whole tenant. */
  readonly projectId: string | null;
}

/** The whole tenant: operators' keys, the worker, the service's own bookkeeping. */
export function wholeTenant(tenantId: string): Owner {
  return { tenantId, projectId: null };
}

/** Prisma's condition on a project-owned row (webhooks, alerts, incoming events). */
export function projectWhere(owner: Owner): { projectId?: string } {
  return owner.projectId === null ? {} : { projectId: owner.projectId };
}

/**
 * Events a caller reaches: a project sees its own and those published to every project ("" in
 * project_id), which its webhooks receive too.
 */
export function eventProjectWhere(owner: Owner): { projectId?: { in: string[] } } {
  return owner.projectId === null ? {} : { projectId: { in: [owner.projectId, ""] } };
}

/** The same conditions in SQL, on the table `alias` ("w", "e", "d", or "" for none): TRUE for a whole tenant. */
export function projectSql(owner: Owner, on: "webhook" | "event" | "delivery", alias = ""): Prisma.Sql {
  if (owner.projectId === null) return Prisma.sql`TRUE`;
  const column = (name: string) => Prisma.raw(alias ? `${alias}.${name}` : name);
  switch (on) {
    case "webhook":
      return Prisma.sql`${column("project_id")} = ${owner.projectId}`;
    case "event":
      return Prisma.sql`${column("project_id")} IN (${owner.projectId}, '')`;
    case "delivery":
      // A delivery belongs to its webhook's project (an event published to every project reaches many).
      return Prisma.sql`${column("webhook_id")} IN (SELECT id FROM webhooks WHERE tenant_id = ${owner.tenantId}::uuid AND project_id = ${owner.projectId})`;
  }
}

/** Prisma's condition on deliveries (and attempts): their webhook is the project's. */
export function deliveryProjectWhere(owner: Owner): { webhook?: { projectId: string } } {
  return owner.projectId === null ? {} : { webhook: { projectId: owner.projectId } };
}

/**
 * The project a row is written to: `requested`, else the caller's own project, else none (""). A
 * project-scoped caller asking for another project (or none) is refused at `path`.
 */
export function projectToWrite(owner: Owner, requested: string | null | undefined, path: string[]): string {
  refuseOtherProject(owner, requested, path);
  return requested ?? owner.projectId ?? "";
}

/** Refuses, at `path`, a project-scoped caller moving a row to another project. */
export function refuseOtherProject(owner: Owner, requested: string | null | undefined, path: string[]): void {
  if (owner.projectId !== null && requested != null && requested !== owner.projectId)
    throw ValidationError.of(path, `must be "${owner.projectId}": this API key reaches only that project`);
}

/** Prisma's condition on delivery attempts: their delivery's webhook is the project's. */
export function attemptProjectWhere(owner: Owner): { delivery?: { webhook: { projectId: string } } } {
  return owner.projectId === null ? {} : { delivery: { webhook: { projectId: owner.projectId } } };
}
