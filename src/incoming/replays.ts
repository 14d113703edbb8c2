// The incoming_replays table: the single-use keys of signed incoming requests (request-authentication.ts
// says which), so that a request captured and sent again within its timestamp's tolerance is refused
// by whichever process it reaches.
import type { PrismaClient } from "../generated/prisma/client.js";
import type { SingleUse } from "./request-authentication.js";

// Keys past their time are removed at most this often per process: the timestamp check refuses those
// requests by itself, so the rows only take room.
const PURGE_INTERVAL_MS = 60_000;

export class ReplayGuard {
  private lastPurge = 0;

  constructor(private readonly prisma: PrismaClient) {}

  /** Whether this is the first use of `singleUse` for the webhook; records it if so. */
  async firstUse(webhookId: string, singleUse: SingleUse): Promise<boolean> {
    const inserted = await this.prisma.$executeRaw`
      INSERT INTO incoming_replays (webhook_id, replay_key, expires_at)
      VALUES (${webhookId}::uuid, ${singleUse.key}, ${singleUse.until})
      ON CONFLICT (webhook_id, replay_key) DO NOTHING`;
    if (Date.now() - this.lastPurge > PURGE_INTERVAL_MS) {
      this.lastPurge = Date.now();
      await this.prisma.$executeRaw`DELETE FROM incoming_replays WHERE expires_at < now()`;
    }
    return inserted === 1;
  }
}
