// Per-request state reachable from anywhere in the request's async call chain (error masking and
// logging need the request id without threading it through every function).
import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "../logger.js";

export interface RequestState {
  requestId: string;
  log: Logger;
  operationName?: string;
}

export const requestState = new AsyncLocalStorage<RequestState>();
