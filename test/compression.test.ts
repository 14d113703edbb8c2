// Compressed answers (brotli, gzip) and the GraphiQL page's ETag, read as raw bytes over HTTP.
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "./support/service.js";
import { negotiateEncoding } from "../src/server/compression.js";

let t: TestService;
beforeAll(async () => {
  t = await startTestService({ GRAPHIQL: "true" });
});
afterAll(() => t.stop());

/** One request with node:http, which (unlike fetch) leaves the body as it came. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${t.url}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}

const decode = (encoding: string | undefined, body: Buffer) =>
  (encoding === "br" ? brotliDecompressSync(body) : encoding === "gzip" ? gunzipSync(body) : body).toString("utf8");

describe("compression", () => {
  // Introspection answers tens of kilobytes of JSON.
  const query = JSON.stringify({ query: "{ __schema { types { name description fields { name description } } } }" });
  const post = (acceptEncoding?: string) =>
    raw(
      "POST",
      "/graphql",
      {
        "content-type": "application/json",
        authorization: `Bearer ${t.adminKey}`,
        ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : {}),
      },
      query,
    );

  it("compresses GraphQL answers with brotli or gzip as accepted, to the same JSON", async () => {
    const plain = await post();
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    // Sent with its length, not chunked.
    expect(plain.headers["content-length"]).toBe(String(plain.body.length));
    expect(plain.headers["transfer-encoding"]).toBeUndefined();
    const answer = JSON.parse(plain.body.toString("utf8"));
    expect(answer.data.__schema.types.length).toBeGreaterThan(50);
    for (const [accepted, used] of [
      ["gzip, deflate, br", "br"],
      ["gzip", "gzip"],
      ["br;q=0.5, gzip;q=0.8", "gzip"],
      ["*", "br"],
    ] as const) {
      const compressed = await post(accepted);
      expect(compressed.headers["content-encoding"], accepted).toBe(used);
      expect(compressed.body.length, accepted).toBeLessThan(plain.body.length / 3);
      expect(JSON.parse(decode(used, compressed.body))).toEqual(answer);
    }
    expect((await post("identity")).headers["content-encoding"]).toBeUndefined();
    expect((await post("br;q=0, gzip;q=0")).headers["content-encoding"]).toBeUndefined();
  });

  it("sends small answers as they are", async () => {
    const small = await raw(
      "POST",
      "/graphql",
      { "content-type": "application/json", authorization: `Bearer ${t.adminKey}`, "accept-encoding": "br" },
      JSON.stringify({ query: "{ viewer { name } }" }),
    );
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(small.body.toString("utf8"))).toMatchObject({ data: { viewer: { name: "bootstrap admin" } } });
  });

  it("compresses /metrics", async () => {
    const scraped = await raw("GET", "/metrics", { "accept-encoding": "gzip" });
    expect(scraped.headers["content-encoding"]).toBe("gzip");
    expect(decode("gzip", scraped.body)).toContain("# TYPE hookrelay_graphql_requests_total counter");
  });
});

describe("the GraphiQL page", () => {
  const page = (headers: Record<string, string> = {}) => raw("GET", "/graphql", { accept: "text/html", ...headers });

  it("is compressed and carries an ETag; a browser holding it gets 304 with no body", async () => {
    const plain = await page();
    expect(plain.status).toBe(200);
    expect(plain.headers["content-type"]).toMatch(/^text\/html/);
    const etag = plain.headers.etag;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(plain.headers["cache-control"]).toBe("no-cache");
    const html = plain.body.toString("utf8");
    expect(html).toContain("renderYogaGraphiQL");

    for (const encoding of ["br", "gzip"]) {
      const compressed = await page({ "accept-encoding": encoding });
      expect(compressed.headers["content-encoding"]).toBe(encoding);
      expect(compressed.headers.etag).toBe(etag);
      expect(compressed.body.length).toBeLessThan(plain.body.length / 3);
      expect(decode(encoding, compressed.body)).toBe(html);
    }

    const revalidated = await page({ "if-none-match": etag!, "accept-encoding": "br" });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers.etag).toBe(etag);
    expect((await page({ "if-none-match": '"something-else"' })).status).toBe(200);
  });
});

describe("negotiateEncoding", () => {
  it("prefers brotli, then gzip, honours q-values and refusals, and falls back to none", () => {
    expect(negotiateEncoding(undefined)).toBeNull();
    expect(negotiateEncoding("")).toBeNull();
    expect(negotiateEncoding("deflate")).toBeNull();
    expect(negotiateEncoding("gzip, deflate, br")).toBe("br");
    expect(negotiateEncoding("GZIP")).toBe("gzip");
    expect(negotiateEncoding("br;q=0.1, gzip;q=0.9")).toBe("gzip");
    expect(negotiateEncoding("br;q=0, *")).toBe("gzip");
    expect(negotiateEncoding("*;q=0")).toBeNull();
    expect(negotiateEncoding("identity")).toBeNull();
  });
});
