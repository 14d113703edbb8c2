// Publishes broker destinations' messages over connections pooled per webhook in this process, and
// reports each as an attempt's outcome the way the HTTP sender does: never throwing for the broker's
// failures. A connection is opened on first use, shared by the webhook's attempts, replaced when the
// webhook's address, settings or password change (the old one closes once its attempts finish),
// dropped when it fails, and closed after idling.
import type { FailureTrigger } from "../generated/prisma/client.js";
import type { Logger } from "../common/logger.js";
import { codeOf } from "../common/errors.js";
import { attemptSignal, type AttemptOutcome } from "./http-sender.js";
import { BlockedDestinationError, checkedAddress } from "./destination-guard.js";
import { hostOf } from "../common/validation.js";
import { BrokerRefusal, type BrokerClient, type BrokerMessage } from "../brokers/broker-client.js";
import { connectBroker, type BrokerDestination } from "../brokers/connect.js";

const DEFAULT_IDLE_MS = 60_000;

interface PooledConnection {
  /** What the connection was opened for: a webhook whose address, settings or password differ needs another. */
  fingerprint: string;
  client: Promise<BrokerClient>;
  /** The client once connected. */
  connected: BrokerClient | null;
  inFlight: number;
  lastUsedAt: number;
  /** Replaced or failed: closes when its last attempt ends. */
  retired: boolean;
}

function failureOf(error: unknown, timeoutMs: number): { trigger: FailureTrigger; message: string } {
  if (error instanceof BlockedDestinationError) return { trigger: "BLOCKED_DESTINATION", message: error.message };
  if (error instanceof BrokerRefusal) return { trigger: "REFUSED", message: error.message };
  if (error instanceof Error && error.name === "TimeoutError")
    return { trigger: "TIMEOUT", message: `The broker did not confirm within ${timeoutMs / 1000} s.` };
  const code = codeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  return {
    trigger: "CONNECTION",
    message: `The connection to the broker failed: ${[typeof code === "string" ? code : null, detail].filter(Boolean).join(": ") || "no detail"}`,
  };
}

export class BrokerSender {
  private readonly connections = new Map<string, PooledConnection>();
  private readonly idleMs: number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly options: { allowPrivateDestinations: boolean; idleMs?: number; log?: Logger }) {
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.sweeper = setInterval(() => this.closeIdle(), Math.max(1000, this.idleMs / 2)).unref();
  }

  /** Connections open now (the pool's size; for tests and metrics). */
  get openConnections(): number {
    return this.connections.size;
  }

  /** Publishes `message` to the destination within `timeoutMs` (connecting included). */
  async publish(
    destination: BrokerDestination,
    message: BrokerMessage,
    timeoutMs: number,
    outer?: AbortSignal,
  ): Promise<AttemptOutcome> {
    const startedAt = new Date();
    const started = performance.now();
    // A broker answers no HTTP status or headers: its answer is the response body.
    const finished = (
      result: Pick<AttemptOutcome, "responseBody" | "succeeded" | "failureTrigger" | "failureMessage">,
    ): AttemptOutcome => ({
      startedAt,
      durationMs: Math.round(performance.now() - started),
      responseStatus: null,
      responseHeaders: null,
      ...result,
    });
    const { signal, release } = attemptSignal(timeoutMs, outer);
    const pooled = this.connectionFor(destination, timeoutMs);
    pooled.inFlight += 1;
    try {
      const answer = await abortable(
        pooled.client.then((client) => client.publish(message)),
        signal,
      );
      return finished({
        responseBody: JSON.stringify(answer),
        succeeded: true,
        failureTrigger: null,
        failureMessage: null,
      });
    } catch (error) {
      const failure = failureOf(error, timeoutMs);
      // A refusal is the broker answering over a working connection; anything else may have broken it,
      // and a connection refused outright (credentials) is tried again on the next attempt.
      if (failure.trigger !== "REFUSED" || pooled.connected === null) this.retire(destination.webhookId, pooled);
      if (error instanceof BlockedDestinationError)
        this.options.log?.warn(
          { host: error.host, address: error.address ?? "(no such name)" },
          "refused a private, reserved or unknown broker destination",
        );
      return finished({
        responseBody: null,
        succeeded: false,
        failureTrigger: failure.trigger,
        failureMessage: failure.message,
      });
    } finally {
      release();
      pooled.inFlight -= 1;
      pooled.lastUsedAt = Date.now();
      if (pooled.retired && pooled.inFlight === 0) void this.closeClient(pooled);
    }
  }

  /** Closes every connection. */
  async close(): Promise<void> {
    clearInterval(this.sweeper);
    const all = [...this.connections.values()];
    this.connections.clear();
    await Promise.all(all.map((pooled) => this.closeClient(pooled)));
  }

  private connectionFor(destination: BrokerDestination, timeoutMs: number): PooledConnection {
    const fingerprint = JSON.stringify([destination.type, destination.url, destination.settings, destination.password]);
    const current = this.connections.get(destination.webhookId);
    // A client whose connection was lost since its last attempt is replaced rather than failing this one.
    const lost = current?.connected?.usable === false;
    if (current && current.fingerprint === fingerprint && !lost) return current;
    if (current) this.retire(destination.webhookId, current);
    const pooled: PooledConnection = {
      fingerprint,
      client: this.open(destination, timeoutMs),
      connected: null,
      inFlight: 0,
      lastUsedAt: Date.now(),
      retired: false,
    };
    // A failed connect is reported by the attempt that waits on it, which retires the entry.
    pooled.client.then(
      (client) => (pooled.connected = client),
      () => undefined,
    );
    this.connections.set(destination.webhookId, pooled);
    return pooled;
  }

  private async open(destination: BrokerDestination, timeoutMs: number): Promise<BrokerClient> {
    const url = new URL(destination.url);
    const servername = hostOf(url);
    if (!this.options.allowPrivateDestinations) {
      const address = await checkedAddress(url);
      url.hostname = address.includes(":") ? `[${address}]` : address;
    }
    return connectBroker(destination, { url, servername, password: destination.password, connectTimeoutMs: timeoutMs });
  }

  private retire(webhookId: string, pooled: PooledConnection): void {
    pooled.retired = true;
    if (this.connections.get(webhookId) === pooled) this.connections.delete(webhookId);
    if (pooled.inFlight === 0) void this.closeClient(pooled);
  }

  private async closeClient(pooled: PooledConnection): Promise<void> {
    const client = await pooled.client.catch(() => null);
    await client?.close().catch(() => undefined);
  }

  private closeIdle(): void {
    const now = Date.now();
    for (const [webhookId, pooled] of this.connections)
      if (pooled.inFlight === 0 && now - pooled.lastUsedAt >= this.idleMs) this.retire(webhookId, pooled);
  }
}

/** `promise`, or the signal's reason once it aborts (the attempt's timeout, a worker stopping). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
