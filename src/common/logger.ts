import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/** JSON lines to stdout (or to `destination`, which tests use to read what was logged). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: "hookrelay" }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}
