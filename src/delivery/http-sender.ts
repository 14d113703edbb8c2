// Sends one webhook request with undici and reports what happened, never throwing for the
// receiver's failures: a status, a timeout, a refused connection and a blocked destination are all
// outcomes to record.
import { Agent, request } from "undici";
import type { FailureTrigger } from "../generated/prisma/client.js";
import { BlockedDestinationError, checkLiteralHost, guardedLookup } from "./destination-guard.js";
import type { Logger } from "../common/logger.js";
import { codeOf } from "../common/errors.js";

/** Response bodies are kept up to this size; the rest is dropped unread. */
export const RESPONSE_BODY_LIMIT = 8 * 1024;

export interface OutgoingRequest {
  /** POST unless given (GET confirms SNS subscriptions). */
  method?: "POST" | "GET";
  url: string;
  headers: Record<string, string | string[]>;
  body?: string;
  timeoutMs: number;
  /** Response bytes to keep (default RESPONSE_BODY_LIMIT); the rest is dropped unread. */
  maxResponseBytes?: number;
  /** Aborts the request early (a worker shutting down). */
  signal?: AbortSignal;
}

export interface AttemptOutcome {
  startedAt: Date;
  durationMs: number;
  responseStatus: number | null;
  responseHeaders: Record<string, string> | null;
  responseBody: string | null;
  succeeded: boolean;
  /** Null on success, and for failures no trigger names (a redirect, an informational status). */
  failureTrigger: FailureTrigger | null;
  failureMessage: string | null;
}

const TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

/** The guard's refusal, thrown as it is (an IP literal) or as the cause of undici's connect error (a resolved name). */
function blockedDestinationOf(error: unknown): BlockedDestinationError | undefined {
  if (error instanceof BlockedDestinationError) return error;
  if (error instanceof Error && error.cause instanceof BlockedDestinationError) return error.cause;
  return undefined;
}

function classifyError(error: unknown, timeoutMs: number): { trigger: FailureTrigger; message: string } {
  const candidates = [error, error instanceof Error ? error.cause : undefined];
  const blocked = blockedDestinationOf(error);
  if (blocked) return { trigger: "BLOCKED_DESTINATION", message: blocked.message };
  for (const candidate of candidates) {
    const code = codeOf(candidate);
    if (
      (candidate instanceof Error && candidate.name === "TimeoutError") ||
      (typeof code === "string" && TIMEOUT_CODES.has(code))
    ) {
      return { trigger: "TIMEOUT", message: `No complete response within ${timeoutMs / 1000} s.` };
    }
  }
  const detail = candidates
    .map((candidate) =>
      candidate instanceof Error ? [codeOf(candidate), candidate.message].filter(Boolean).join(": ") : "",
    )
    .find(Boolean);
  return { trigger: "NETWORK_ERROR", message: detail || "The request failed." };
}

function failureForStatus(
  status: number,
  location: string | undefined,
): { trigger: FailureTrigger | null; message: string } {
  if (status >= 500) return { trigger: "HTTP_5XX", message: `The receiver answered ${status}.` };
  if (status >= 400) return { trigger: "HTTP_4XX", message: `The receiver answered ${status}.` };
  if (status >= 300)
    return {
      trigger: null,
      message: `The receiver answered ${status}${location ? ` (to ${location})` : ""}; redirects are not followed.`,
    };
  return { trigger: null, message: `The receiver answered ${status}, not a 2xx status.` };
}

/**
 * A signal that aborts after `timeoutMs` (a TimeoutError, as AbortSignal.timeout gives) or when `outer`
 * does; `release()` once the attempt is over. Not AbortSignal.any([timeout, outer]): Node keeps every
 * signal combined with a long-lived one (the worker's shutdown signal) for the life of the process, so
 * a worker gained ~100 bytes of heap per delivery (nodejs/node#55351).
 */
export function attemptSignal(timeoutMs: number, outer?: AbortSignal): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException(`No response within ${timeoutMs} ms.`, "TimeoutError")),
    timeoutMs,
  );
  const follow = () => controller.abort(outer?.reason);
  if (outer?.aborted) follow();
  else outer?.addEventListener("abort", follow, { once: true });
  return {
    signal: controller.signal,
    release() {
      clearTimeout(timer);
      outer?.removeEventListener("abort", follow);
    },
  };
}

export class WebhookSender {
  private readonly agent: Agent;

  // Each request names its own user-agent in its headers (deliveries, plugin calls, SNS confirmations).
  constructor(private readonly options: { allowPrivateDestinations: boolean; log?: Logger }) {
    this.agent = new Agent({
      keepAliveTimeout: 10_000,
      connect: options.allowPrivateDestinations ? {} : { lookup: guardedLookup },
    });
  }

  async send(outgoing: OutgoingRequest): Promise<AttemptOutcome> {
    const startedAt = new Date();
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const failed = (
      trigger: FailureTrigger | null,
      message: string,
      response?: Pick<AttemptOutcome, "responseStatus" | "responseHeaders" | "responseBody">,
    ): AttemptOutcome => ({
      startedAt,
      durationMs: elapsed(),
      responseStatus: response?.responseStatus ?? null,
      responseHeaders: response?.responseHeaders ?? null,
      responseBody: response?.responseBody ?? null,
      succeeded: false,
      failureTrigger: trigger,
      failureMessage: message,
    });
    const { signal, release } = attemptSignal(outgoing.timeoutMs, outgoing.signal);
    try {
      const url = new URL(outgoing.url);
      if (!this.options.allowPrivateDestinations) checkLiteralHost(url);
      const response = await request(url, {
        method: outgoing.method ?? "POST",
        headers: outgoing.headers,
        body: outgoing.body,
        dispatcher: this.agent,
        signal,
        headersTimeout: outgoing.timeoutMs,
        bodyTimeout: outgoing.timeoutMs,
      });
      const limit = outgoing.maxResponseBytes ?? RESPONSE_BODY_LIMIT;
      const chunks: Buffer[] = [];
      let size = 0;
      // undici's body is a Readable without an encoding: its chunks are Buffers.
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= limit) break; // leaving the loop destroys the stream: the rest is never read
      }
      const responseHeaders = Object.fromEntries(
        Object.entries(response.headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(", ") : (value ?? ""),
        ]),
      );
      const recorded = {
        responseStatus: response.statusCode,
        responseHeaders,
        responseBody: Buffer.concat(chunks).subarray(0, limit).toString("utf8"),
      };
      if (response.statusCode >= 200 && response.statusCode < 300) {
        return {
          startedAt,
          durationMs: elapsed(),
          ...recorded,
          succeeded: true,
          failureTrigger: null,
          failureMessage: null,
        };
      }
      const failure = failureForStatus(response.statusCode, responseHeaders.location);
      return failed(failure.trigger, failure.message, recorded);
    } catch (error) {
      const blocked = blockedDestinationOf(error);
      // The tenant's record says only "not allowed"; what the name resolved to, or that it does not
      // exist, is for the operator.
      if (blocked)
        this.options.log?.warn(
          { host: blocked.host, address: blocked.address ?? "(no such name)" },
          "refused a private, reserved or unknown destination",
        );
      const { trigger, message } = classifyError(error, outgoing.timeoutMs);
      return failed(trigger, message);
    } finally {
      release();
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}
