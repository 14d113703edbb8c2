// Browsers may call the API from any origin by default, or from CORS_ORIGINS only, and never with
// credentials: keys travel in the Authorization header, so a cookie must not be what authorizes.
import { afterAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "./support/service.js";

const services: TestService[] = [];
afterAll(() => Promise.all(services.map((service) => service.stop())));

async function preflight(t: TestService, origin: string) {
  return fetch(`${t.url}/graphql`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization, content-type",
    },
  });
}

async function viewer(t: TestService, origin: string) {
  return fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { origin, "content-type": "application/json", authorization: `Bearer ${t.adminKey}` },
    body: JSON.stringify({ query: "{ viewer { name } }" }),
  });
}

describe("CORS", () => {
  it("by default allows any origin, without credentials", async () => {
    const t = await startTestService();
    services.push(t);
    const answer = await preflight(t, "https://anywhere.example");
    expect(answer.headers.get("access-control-allow-origin")).toBe("https://anywhere.example");
    expect(answer.headers.get("access-control-allow-credentials")).toBeNull();
    const call = await viewer(t, "https://anywhere.example");
    expect(call.status).toBe(200);
    expect(call.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("with CORS_ORIGINS allows only those origins", async () => {
    const t = await startTestService({ CORS_ORIGINS: "https://app.example.com, https://admin.example.com" });
    services.push(t);
    expect((await preflight(t, "https://app.example.com")).headers.get("access-control-allow-origin")).toBe(
      "https://app.example.com",
    );
    expect((await preflight(t, "https://evil.example")).headers.get("access-control-allow-origin")).toBe("null");
    expect((await viewer(t, "https://admin.example.com")).headers.get("access-control-allow-origin")).toBe(
      "https://admin.example.com",
    );
  });
});
