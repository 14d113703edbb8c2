// The service's name and version, as package.json states them (the User-Agent, the metrics' build info).
import { readFileSync } from "node:fs";

export const { name: PACKAGE_NAME, version: PACKAGE_VERSION } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string; version: string };
