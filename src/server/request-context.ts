// Per-request state reachable from anywhere in the request's async call chain (error masking and
// logging need the request id without threading it through every function).
import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "../common/logger.js";

export interface RequestState {
  requestId: string;
  log: Logger;
  /** Set as the request is worked on, for its log line and metrics. */
  operationName?: string;
  tenantId?: string;
  keyPrefix?: string;
  /** The codes of the errors in a GraphQL answer (extensions.code). */
  errorCodes?: string[];
  /** An incoming webhook's plugin as a metric label (pluginMetricLabel), once its URL matched one. */
  plugin?: string;
}

export const requestState = new AsyncLocalStorage<RequestState>();
