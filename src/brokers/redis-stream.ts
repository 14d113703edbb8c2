// REDIS_STREAM: XADD to a stream, capped with MAXLEN ~ when the settings say; delivered when Redis
// answers the entry's id. Each header is a field of the entry, the body the field "body".
import { Redis } from "ioredis";
import { BrokerRefusal, portOf, type BrokerAddress, type BrokerClient, type BrokerMessage } from "./broker-client.js";
import { hostOf } from "../common/validation.js";

export async function connectRedisStream(address: BrokerAddress<"REDIS_STREAM">): Promise<BrokerClient> {
  const { url, settings } = address;
  const database = Number(url.pathname.slice(1) || "0");
  const redis = new Redis({
    host: hostOf(url),
    port: portOf(url, { redis: 6379, rediss: 6379 }),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: address.password ?? undefined,
    db: Number.isInteger(database) ? database : 0,
    ...(url.protocol === "rediss:" ? { tls: { servername: address.servername } } : {}),
    connectTimeout: address.connectTimeoutMs,
    lazyConnect: true,
    // A lost connection fails the attempts in flight at once; the pool reconnects on the next attempt.
    enableOfflineQueue: false,
    // XADDs of one turn of the event loop go out in one write.
    enableAutoPipelining: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on("error", () => undefined); // reported by the command that fails
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    // WRONGPASS, NOAUTH: Redis answering the credentials.
    if (isReplyError(error))
      throw new BrokerRefusal(`Redis refused the connection: ${error.message}`, { cause: error });
    throw error;
  }
  const cap = settings.maxLength === undefined ? [] : ["MAXLEN", "~", String(settings.maxLength)];
  return {
    get usable() {
      return redis.status === "ready";
    },
    async publish(message: BrokerMessage) {
      const fields = [...Object.entries(message.headers).flat(), "body", message.body];
      try {
        const id = await redis.xadd(message.target, ...cap, "*", ...fields);
        return { stream: message.target, id: String(id) };
      } catch (error) {
        // A reply error (WRONGTYPE, NOPERM, OOM) is Redis answering; anything else is the connection.
        if (isReplyError(error)) throw new BrokerRefusal(`Redis refused the entry: ${error.message}`, { cause: error });
        throw error;
      }
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** A reply error is Redis answering (ioredis types its ReplyError class as any, so it is known by name). */
const isReplyError = (error: unknown): error is Error => error instanceof Error && error.name === "ReplyError";
