// A reference plugin server for hookrelay's plugin protocol (README: "Registered plugins"). It reads
// the payload of a simple uptime checker, { checks: [{ name, status: "down" | "up", message?, at? }] },
// into events, and shows what every plugin server does: verify the service's signature (Standard
// Webhooks), answer init, verify and parse, and say what is wrong with { error: { message } }.
//
//   PLUGIN_SECRET=whsec_... PORT=8090 npx tsx examples/plugin-server/server.ts
//   registerPlugin(input: { pluginId: "uptime-checks", name: "Uptime checks", url: "http://127.0.0.1:8090",
//                           versions: ["1.0.0", "1.1.0"], secret: "whsec_..." })
//
// Versions: 1.0.0 gives every down check the severity `defaultSeverity` (default ERROR); 1.1.0 also
// reads a check's own `severity`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { Webhook, WebhookVerificationError } from "standardwebhooks";

const SEVERITIES = ["CRITICAL", "ERROR", "WARNING", "INFO", "NOT_AVAILABLE", "NONE"];
const OPTIONS = ["defaultSeverity", "duplicateEventTime"];

type Json = Record<string, unknown>;

class Refusal extends Error {}

const isRecord = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Checks the options as init and verify must: every name known, every value usable. */
function checkOptions(options: unknown): Json {
  if (!isRecord(options)) throw new Refusal("options must be an object");
  const unknown = Object.keys(options).filter((name) => !OPTIONS.includes(name));
  if (unknown.length > 0)
    throw new Refusal(`unknown options: ${unknown.join(", ")} (this plugin takes ${OPTIONS.join(", ")})`);
  if (options.defaultSeverity !== undefined && !SEVERITIES.includes(String(options.defaultSeverity)))
    throw new Refusal(`defaultSeverity must be one of ${SEVERITIES.join(", ")}`);
  const window = options.duplicateEventTime;
  if (
    window !== undefined &&
    (typeof window !== "number" || !Number.isInteger(window) || window < 0 || window > 86_400)
  )
    throw new Refusal("duplicateEventTime must be 0-86400 seconds");
  return options;
}

function parseChecks(version: string, options: Json, data: unknown): Json[] {
  if (!isRecord(data) || !Array.isArray(data.checks)) throw new Refusal("the payload has no checks array");
  return data.checks.map((check: unknown, index) => {
    if (!isRecord(check) || typeof check.name !== "string" || (check.status !== "down" && check.status !== "up"))
      throw new Refusal(`checks[${index}] needs a name and a status of down or up`);
    const down = check.status === "down";
    const own =
      version === "1.0.0" ? undefined : typeof check.severity === "string" ? check.severity.toUpperCase() : undefined;
    return {
      eventKey: `uptime-${check.name}`,
      eventType: down ? "ALERT" : "RECOVERY",
      severity: down ? (own && SEVERITIES.includes(own) ? own : String(options.defaultSeverity ?? "ERROR")) : "INFO",
      title: `${check.name} is ${down ? "down" : "up again"}`,
      description: typeof check.message === "string" ? check.message : null,
      resource: { name: check.name, type: "check" },
      provider: "uptime-checks",
      occurredAt: typeof check.at === "string" ? check.at : new Date().toISOString(),
      additionalInfo: { pluginVersion: version },
    };
  });
}

function answer(response: ServerResponse, status: number, body: Json): void {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The plugin server: POST /init, /verify and /parse, each signed by hookrelay with `secret`; `onCall` sees each verified call. */
export function createPluginServer(secret: string, onCall: (path: string, call: Json) => void = () => {}): Server {
  const verifier = new Webhook(secret);
  return createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const headers = Object.fromEntries(
        ["webhook-id", "webhook-timestamp", "webhook-signature"].map((name) => [
          name,
          String(request.headers[name] ?? ""),
        ]),
      );
      let call: Json;
      try {
        call = verifier.verify(body, headers) as Json;
      } catch (error) {
        if (error instanceof WebhookVerificationError)
          return answer(response, 401, { error: { message: "bad signature" } });
        throw error;
      }
      onCall(request.url ?? "", call);
      const version = String(call.version ?? "");
      try {
        if (request.method !== "POST") return answer(response, 405, { error: { message: "POST only" } });
        switch (request.url) {
          case "/init": {
            const options = checkOptions(call.options);
            return answer(response, 200, {
              metadata:
                options.duplicateEventTime === undefined ? {} : { duplicateEventTime: options.duplicateEventTime },
            });
          }
          case "/verify":
            checkOptions(call.options);
            return answer(response, 200, {});
          case "/parse":
            return answer(response, 200, { events: parseChecks(version, checkOptions(call.options), call.data) });
          default:
            return answer(response, 404, { error: { message: `no ${request.url}` } });
        }
      } catch (error) {
        if (error instanceof Refusal) return answer(response, 422, { error: { message: error.message } });
        throw error;
      }
    })().catch((error: unknown) => answer(response, 500, { error: { message: String(error) } }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const secret = process.env.PLUGIN_SECRET;
  if (!secret) throw new Error("set PLUGIN_SECRET to the secret given to registerPlugin (whsec_...)");
  const port = Number(process.env.PORT ?? 8090);
  createPluginServer(secret).listen(port, "127.0.0.1", () =>
    console.log(`uptime-checks plugin on http://127.0.0.1:${port}`),
  );
}
