// @hookrelay/client as a user gets it: `npm pack` in client/, the tarball installed into a scratch
// project of its own, a program type-checked against the package's declarations and run with plain
// node against a real service. The rest of the suite uses the client's sources; this uses its build.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestService, type TestService } from "./support/service.js";
import { PROCESS_TEST_TIMEOUT_MS } from "./support/process.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));

// What a user writes: the resource layer, the typed documents, a typed error, pagination. Its two
// expected type errors fail the type check if the declarations went missing or lost their precision.
const program = `
import { createHookrelay, HookrelayError, ViewerDocument, type ErrorCode } from "@hookrelay/client";

const [url, apiKey] = process.argv.slice(2) as [string, string];
const hookrelay = createHookrelay({ url, apiKey });

const { webhook, secret } = await hookrelay.webhooks.create({
  name: "packaged",
  url: "https://packaged.example.com/",
  eventTypes: ["package.*"],
});
// @ts-expect-error: no such input field
await hookrelay.events.publish({ type: "package.tested", payload: {}, colour: "red" }).catch(() => null);
const { deliveryCount } = await hookrelay.events.publish({ type: "package.tested", payload: { ok: true } });

let code: ErrorCode | "NETWORK_ERROR" | "TIMEOUT" | undefined;
try {
  await hookrelay.webhooks.update({ id: webhook.id, url: "not a url" });
} catch (error) {
  if (error instanceof HookrelayError) code = error.code;
}

const names: string[] = [];
for await (const node of hookrelay.webhooks.all({ first: 1 }))
  if (node.__typename === "OutgoingWebhook") names.push(node.name);

const viewer = await hookrelay.client.request(ViewerDocument);
// @ts-expect-error: the viewer's name is a string
const wrong: number = viewer.viewer?.name;
void wrong;

console.log(JSON.stringify({ secret: secret.startsWith("whsec_"), deliveryCount, code, names, viewer: viewer.viewer?.name }));
`;

let t: TestService;
let scratch: string;
beforeAll(async () => {
  t = await startTestService();
  scratch = mkdtempSync(path.join(tmpdir(), "hookrelay-client-"));
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await t.stop();
});

it(
  "packs, installs into a project of its own, type-checks and runs against the service",
  async () => {
    // prepack builds dist/ with tsc; --json names the tarball and its files.
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", scratch], {
      cwd: path.join(root, "client"),
    });
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    const files = packed!.files.map((file) => file.path);
    expect(files).toEqual(expect.arrayContaining(["package.json", "dist/index.js", "dist/index.d.ts"]));
    expect(files.filter((file) => file.startsWith("src/") || file.endsWith(".test.ts"))).toEqual([]);

    writeFileSync(
      path.join(scratch, "package.json"),
      JSON.stringify({ name: "scratch", private: true, type: "module" }),
    );
    // Its dependencies come from npm's cache, filled by the project's own install.
    await run(
      "npm",
      ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", `./${packed!.filename}`],
      { cwd: scratch },
    );
    writeFileSync(path.join(scratch, "main.ts"), program);
    writeFileSync(
      path.join(scratch, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          skipLibCheck: false,
          typeRoots: [path.join(root, "node_modules/@types")],
          types: ["node"],
          outDir: "out",
        },
        files: ["main.ts"],
      }),
    );
    await run(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", scratch]);

    const result = await run(process.execPath, [path.join(scratch, "out/main.js"), `${t.url}/graphql`, t.adminKey]);
    expect(JSON.parse(result.stdout)).toEqual({
      secret: true,
      deliveryCount: 1,
      code: "BAD_USER_INPUT",
      names: ["packaged"],
      viewer: "bootstrap admin",
    });
    expect(
      JSON.parse(readFileSync(path.join(scratch, "node_modules/@hookrelay/client/package.json"), "utf8")),
    ).toMatchObject({ name: "@hookrelay/client", version: "0.1.0" });
  },
  PROCESS_TEST_TIMEOUT_MS,
);
