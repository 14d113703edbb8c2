// Suspension is delivery's state: recordAttempts suspends a webhook after too many failures in a row
// (delivery-queue.ts), and fan-out and the worker divert its deliveries meanwhile. Lifting it is here.
import type { PrismaClient } from "../generated/prisma/client.js";
import { insertEvents } from "../events/events.js";
import { findWebhook } from "../webhooks/webhooks.js";
import type { Owner } from "../auth/owner.js";
import { notifyDeliveriesQueued } from "./delivery-queue.js";
import { requeueDiverted } from "./deliveries.js";
import { unsuspendedEvent } from "./operational-events.js";

/** Clears suspension and the consecutive failure counter; with `resendDiverted`, queues the webhook's diverted deliveries again. */
export async function unsuspendWebhook(prisma: PrismaClient, owner: Owner, id: string, resendDiverted = false) {
  await findWebhook(prisma, owner, id, "OUTGOING");
  return prisma.$transaction(async (tx) => {
    const before = await tx.webhook.findUniqueOrThrow({ where: { id }, select: { suspendedAt: true } });
    const webhook = await tx.webhook.update({
      where: { id },
      data: { suspendedAt: null, suspendReason: null, consecutiveFailures: 0 },
    });
    const resent = resendDiverted ? await requeueDiverted(tx, { webhookId: id }) : 0;
    if (before.suspendedAt)
      await insertEvents(
        (statement) => tx.$queryRaw<unknown[]>(statement),
        [unsuspendedEvent(owner.tenantId, webhook, resent)],
      );
    if (resent > 0) await notifyDeliveriesQueued(tx);
    return { webhook, resentCount: resent };
  });
}
