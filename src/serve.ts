// `hookrelay start` (and `npm start`): the API server and the delivery worker in this process, or one of
// them (ROLE). Runs until SIGTERM or SIGINT, then drains and exits.
import { ConfigError, loadConfig, type Config } from "./config/config.js";
import { createLogger } from "./common/logger.js";
import { startService } from "./service.js";

export async function serve(env: NodeJS.ProcessEnv): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }

  const log = createLogger(config.LOG_LEVEL);

  try {
    const service = await startService(config, log);
    if (service.bootstrap && !config.BOOTSTRAP_API_KEY) {
      // Printed once, to the console rather than the JSON log, so it is easy to copy and not shipped to log storage.
      console.log(
        [
          "",
          `First start: created tenant "${service.bootstrap.tenant.name}" with an admin API key (shown only now):`,
          "",
          `    ${service.bootstrap.adminKey}`,
          "",
          `GraphiQL: http://localhost:${service.port}/graphql  (send the header  Authorization: Bearer <key>)`,
          "",
        ].join("\n"),
      );
    }

    // Logged after the key is printed, so whoever waits for "listening" has seen the key too.
    log.info({ port: service.port, host: config.HOST }, "listening");

    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, "shutting down");
      service.stop().then(
        () => {
          log.info("stopped");
          process.exit(0);
        },
        (error: unknown) => {
          log.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
    };
    process.on("SIGTERM", () => shutdown("SIGTERM"));
    process.on("SIGINT", () => shutdown("SIGINT"));
  } catch (error) {
    log.fatal({ err: error }, "failed to start");
    process.exit(1);
  }
}
