// What the in-process benchmarks share: the service on PGlite or on a scratch PostgreSQL database,
// and the floor servers they compare it with.
import { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { startService, type RunningService } from "../src/service.js";
import { SecretBox } from "../src/crypto/secret-box.js";
import { createScratchDatabase } from "../test/support/scratch-database.js";

export interface BenchService {
  service: RunningService;
  /** Encrypts with the service's SECRETS_KEY, for seeding through the modules. */
  secretBox: SecretBox;
  /** The scratch database on PostgreSQL; undefined on PGlite. */
  databaseUrl: string | undefined;
  /** Stops the service (once). */
  stopService(): Promise<void>;
  /** Stops the service and removes its data directory and scratch database. */
  close(): Promise<void>;
}

/** The service in this process, on PGlite or, given a server URL, on a scratch database there. */
export async function startBenchService(serverUrl: string | undefined, env: Record<string, string> = {}): Promise<BenchService> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hookrelay-bench-"));
  const secretsKey = randomBytes(32);
  const scratch = serverUrl ? await createScratchDatabase(serverUrl, "hookrelay_bench") : null;
  const removeData = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  };
  let service: RunningService;
  try {
    const config = loadConfig({
      PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", DATA_DIR: dataDir, SECRETS_KEY: secretsKey.toString("base64"),
      ...(scratch ? { DATABASE_URL: scratch.url, DATABASE_POOL_SIZE: "10" } : {}),
      ...env,
    });
    service = await startService(config, createLogger("warn"));
  } catch (error) {
    await removeData();
    throw error;
  }
  let running = true;
  const stopService = async () => {
    if (running) await service.stop();
    running = false;
  };
  return {
    service,
    secretBox: new SecretBox(secretsKey),
    databaseUrl: scratch?.url,
    stopService,
    async close() {
      await stopService();
      await removeData();
    },
  };
}

/** A pool for a floor server, on the scratch database. */
export function floorPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // The scratch database is dropped right after the run, closing connections the pool is still letting go.
  pool.on("error", () => undefined);
  return pool;
}

/** Serves a floor on a free loopback port; returns its URL and a function that closes it and its pool. */
export async function serveFloor(floor: { server: Server; pool: pg.Pool }): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => floor.server.listen(0, "127.0.0.1", resolve));
  const { port } = floor.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      floor.server.closeAllConnections();
      await new Promise((resolve) => floor.server.close(resolve));
      await floor.pool.end();
    },
  };
}
