// Runs the service's own entry points as child processes, the way a user or an orchestrator does.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface ServiceProcess {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves with the port once the service logs "listening". */
  listening: Promise<number>;
  exited: Promise<number | null>;
}

const baseEnv = (env: Record<string, string | undefined>) => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  HOST: "127.0.0.1",
  PORT: "0",
  ...env,
});

export function spawnScript(script: string, args: string[], env: Record<string, string | undefined>): ServiceProcess {
  // One process (node with tsx's loader), not the tsx CLI, which runs the script in a child: a signal
  // sent to the CLI, SIGKILL above all, would not reach the service. The condition loads
  // @hookrelay/client from its TypeScript sources, as the tests do (vitest.config.ts).
  return watch(
    spawn(process.execPath, ["--conditions=hookrelay-source", "--import", "tsx", script, ...args], {
      cwd: root,
      env: baseEnv(env),
    }),
  );
}

/** `npm <args>` exactly as README tells a user to run it (npm start, npm run worker). */
export function spawnNpm(args: string[], env: Record<string, string | undefined>): ServiceProcess {
  return watch(spawn("npm", args, { cwd: root, env: baseEnv(env) }));
}

function watch(child: ChildProcessWithoutNullStreams): ServiceProcess {
  let out = "";
  let err = "";
  const listening = new Promise<number>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /"port":(\d+).*"msg":"listening"/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on("exit", () => reject(new Error(`exited before listening:\n${out}\n${err}`)));
  });
  listening.catch(() => undefined);
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, listening, exited };
}

/**
 * How long a test of real processes may run: each starts node with the tsx loader, migrates and
 * serves, which takes seconds on a busy 2-core machine, several times over in one test.
 */
export const PROCESS_TEST_TIMEOUT_MS = 180_000;

export const startServer = (env: Record<string, string | undefined>) => spawnScript("src/main.ts", [], env);

export async function runScript(script: string, args: string[], env: Record<string, string | undefined>) {
  const run = spawnScript(script, args, env);
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

/** `hookrelay <args>`, the command line, from its sources. */
export const runCommand = (args: string[], env: Record<string, string | undefined>) =>
  runScript("src/cli/hookrelay.ts", args, env);

export async function viewerName(port: number, key: string): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: "{ viewer { name tenant { name } } }" }),
  });
  return response.json();
}

export const KEY_PATTERN = /whk_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{32}/;

/** Where a fresh service process listens, and the admin key it printed for its new database. */
export async function addressAndKey(server: ServiceProcess): Promise<{ origin: string; key: string }> {
  const origin = `http://127.0.0.1:${await server.listening}`;
  return { origin, key: KEY_PATTERN.exec(server.stdout())![0] };
}

/** Stops a service process as an orchestrator does (SIGTERM), once it has exited. */
export async function stopProcess(server: ServiceProcess): Promise<void> {
  server.child.kill("SIGTERM");
  await server.exited;
}
