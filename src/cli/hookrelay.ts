// The `hookrelay` command (package.json "bin"; npm start and the npm run scripts are aliases of it).
// Server commands work on this machine's configuration and database; API commands call a running
// service through @hookrelay/client. Each command loads only what it uses.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { DeliveryStatus } from "@hookrelay/client";
import { ROLES } from "../config/config.js";
import { EXIT, runCli } from "./run.js";
import type { ApiOptions } from "./api-commands.js";

const api = () => import("./api-commands.js");
const database = () => import("./database-commands.js");

function positiveInt(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 100) throw new InvalidArgumentError("must be 1-100");
  return number;
}
const list = (value: string) => value.split(",").map((item) => item.trim());
// The service checks a status (its answer names the allowed values); here it is only passed on.
const status = (value: string) => value.trim().toUpperCase() as DeliveryStatus;

const program = new Command("hookrelay")
  .description("Webhook management service: run it, manage it, and call its API.")
  // Commander's own errors (an unknown option, a missing argument) exit 2, like every usage mistake.
  .exitOverride((error: CommanderError) => {
    throw error;
  })
  .showHelpAfterError("(add --help for usage)")
  .addHelpText(
    "after",
    `
Exit codes: 0 done; 1 the service or the database refused or failed; 2 the command line was wrong.
Server commands read the service's configuration from the environment (DATABASE_URL, ...).
API commands take HOOKRELAY_URL and HOOKRELAY_API_KEY (or --api-url and --api-key).`,
  );

program
  .command("start")
  .description("serve the API and deliver webhooks (runs until SIGTERM or Ctrl-C)")
  .addOption(new Option("--role <role>", "what this process does").choices(ROLES).env("ROLE").default("all"))
  .action(async ({ role }: { role: string }) => {
    const { serve } = await import("../serve.js");
    await serve({ ...process.env, ROLE: role });
  });

program
  .command("migrate")
  .description("apply pending database migrations (every start does too)")
  .action(() => runCli(async () => (await database()).migrate()));

program
  .command("status")
  .description("which migrations the database lacks; exits 1 when some are pending")
  .action(() => runCli(async () => (await database()).status()));

program
  .command("tenant")
  .description("manage tenants")
  .command("create")
  .description("create a tenant and print its first admin API key")
  .argument("<name...>", "the tenant's name")
  .action((words: string[]) => runCli(async () => (await database()).createTenantCommand(words.join(" "))));

program
  .command("apikey")
  .description("manage API keys")
  .command("create")
  .description("create an API key for a tenant (every scope by default): the way back in when admin keys are lost")
  .option("--tenant <tenant>", "tenant id or name (optional when there is one tenant)")
  .option("--scopes <scopes>", "comma-separated scopes, e.g. webhooks:view,events:publish (default: all)")
  .option("--name <name>", "the key's name", "recovery admin")
  .option("--project <project>", "restrict the key to this project")
  .action((options: { tenant?: string; scopes?: string; name: string; project?: string }) =>
    runCli(async () => {
      const commands = await database();
      await commands.createApiKeyCommand({ ...options, scopes: commands.parseScopes(options.scopes) });
    }),
  );

/** A command that calls the API: the service's address and key, and --json. */
function apiCommand(parent: Command, name: string, description: string): Command {
  return parent
    .command(name)
    .description(description)
    .addOption(
      new Option("--api-url <url>", "the service's GraphQL endpoint")
        .env("HOOKRELAY_URL")
        .default("http://localhost:4000/graphql"),
    )
    .addOption(new Option("--api-key <key>", "an API key (whk_...)").env("HOOKRELAY_API_KEY"))
    .option("--json", "print JSON instead of lines");
}

const webhooks = program.command("webhooks").description("outgoing webhooks (endpoints)");
apiCommand(webhooks, "list", "list outgoing webhooks, newest first")
  .option("--project <project>", "only this project's")
  .option("--first <n>", "how many (1-100)", positiveInt, 50)
  .action((options: ApiOptions & { project?: string; first: number }) =>
    runCli(async () => (await api()).listWebhooks(options)),
  );
apiCommand(webhooks, "create", "create an outgoing webhook and print its signing secret")
  .requiredOption("--name <name>", "a name to recognise it by")
  .requiredOption("--url <url>", "where deliveries are POSTed")
  .requiredOption("--event-types <types>", "comma-separated event types or patterns, e.g. invoice.*,user.created", list)
  .option("--project <project>", "the project it belongs to")
  .action((options: ApiOptions & { name: string; url: string; eventTypes: string[]; project?: string }) =>
    runCli(async () => (await api()).createWebhook({ ...options, endpoint: options.url })),
  );
apiCommand(webhooks, "test", "send a test event to a webhook now; exits 1 when it is not delivered")
  .argument("<id>", "the webhook's id")
  .option("--event-type <type>", "the test event's type (default webhook.test)")
  .option("--data <json>", "the payload: JSON, @file.json, or @- for standard input")
  .action((id: string, options: ApiOptions & { eventType?: string; data?: string }) =>
    runCli(async () => (await api()).testWebhook({ ...options, id })),
  );

const events = program.command("events").description("events");
apiCommand(events, "publish", "publish an event to every webhook subscribed to its type")
  .requiredOption("--type <type>", "the event's type, e.g. invoice.paid")
  .requiredOption("--data <json>", "the payload: JSON, @file.json, or @- for standard input")
  .option("--project <project>", "deliver only to this project's webhooks")
  .option("--idempotency-key <key>", "publishing again with this key within 24 h creates nothing")
  .action((options: ApiOptions & { type: string; data: string; project?: string; idempotencyKey?: string }) =>
    runCli(async () => (await api()).publishEvent(options)),
  );

type DeliveryOptions = ApiOptions & { webhook?: string; event?: string };
const deliveries = program.command("deliveries").description("deliveries and their attempts");
apiCommand(deliveries, "list", "list deliveries, newest first")
  .option("--webhook <id>", "only this webhook's")
  .option("--event <id>", "only this event's")
  .option("--status <status>", "only deliveries in this status (PENDING, SUCCEEDED, FAILED, ...)", status)
  .option("--first <n>", "how many (1-100)", positiveInt, 50)
  .action((options: DeliveryOptions & { status?: DeliveryStatus; first: number }) =>
    runCli(async () => (await api()).listDeliveries(options)),
  );
apiCommand(deliveries, "retry", "deliver a delivery again")
  .argument("<id>", "the delivery's id")
  .action((id: string, options: ApiOptions) => runCli(async () => (await api()).retryDelivery({ ...options, id })));

/** `deliveries tail`, also `listen`: the live stream of delivery updates. */
function tail(command: Command): Command {
  return command
    .option("--webhook <id>", "only this webhook's")
    .option("--event <id>", "only this event's")
    .option("--status <statuses>", "only these statuses, comma-separated", (value) => list(value).map(status))
    .action((options: DeliveryOptions & { status?: DeliveryStatus[] }) =>
      runCli(async () => (await api()).tailDeliveries(options)),
    );
}
tail(apiCommand(deliveries, "tail", "print delivery updates as they happen, until Ctrl-C"));
tail(apiCommand(program, "listen", "the same as deliveries tail"));

try {
  await program.parseAsync();
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  // --help and --version end with code 0; a usage mistake (already printed) with 2.
  process.exitCode = error.exitCode === 0 ? 0 : EXIT.usage;
}
