// A PostgreSQL cluster of a test's own (initdb into a temporary directory, its own port), to stop and
// start under a running service without touching the machine's shared server. The binaries refuse
// to run as root, so they run as the postgres user.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../support/ports.js";

const BIN = "/usr/lib/postgresql/15/bin";

/** Why a private cluster cannot be made here, or null when it can. */
export function privatePostgresUnavailable(): string | null {
  if (!existsSync(path.join(BIN, "initdb"))) return `no ${BIN}/initdb on this machine`;
  try {
    execFileSync("id", ["postgres"], { stdio: "ignore" });
  } catch {
    return "no postgres user on this machine";
  }
  return null;
}

export interface PrivatePostgres {
  url: string;
  stop(): void;
  start(): void;
  remove(): void;
}

export async function createPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), "hookrelay-pg-"));
  const ids = execFileSync("id", ["-u", "postgres"]).toString().trim();
  const gid = execFileSync("id", ["-g", "postgres"]).toString().trim();
  chownSync(dir, Number(ids), Number(gid));
  const asPostgres = (binary: string, args: string[]) =>
    execFileSync("runuser", ["-u", "postgres", "--", path.join(BIN, binary), ...args], { stdio: "pipe" });
  const data = path.join(dir, "data");
  asPostgres("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const cluster: PrivatePostgres = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start: () => void asPostgres("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "start"]),
    stop: () => void asPostgres("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
    remove: () => {
      try {
        cluster.stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}
