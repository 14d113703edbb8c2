// Response compression (brotli or gzip, as the client accepts) and the cached GraphiQL page.
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

export type Encoding = "br" | "gzip";

/** Smaller answers go as they are: the headers would outweigh the saving. */
export const MIN_COMPRESSED_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The encoding to answer with for an Accept-Encoding header: brotli, else gzip, unless refused with
 * q=0; null for identity. `*` stands for both.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [token = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    weights.set(token.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (encoding: Encoding) => weights.get(encoding) ?? weights.get("*") ?? 0;
  const candidates = (["br", "gzip"] as const).filter((encoding) => weight(encoding) > 0);
  candidates.sort((a, b) => weight(b) - weight(a));
  return candidates[0] ?? null;
}

/**
 * Compresses in libuv's thread pool, off the event loop. Answers are compressed fast (brotli quality
 * 4: most of the saving at a fraction of the CPU of the default 11); a page kept for many loads,
 * harder.
 */
export function compress(body: Buffer, encoding: Encoding, effort: "fast" | "thorough" = "fast"): Promise<Buffer> {
  if (encoding === "br") {
    return brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: effort === "fast" ? 4 : 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  }
  return gzipAsync(body, { level: effort === "fast" ? 6 : 9 });
}

/** A body served many times unchanged (the GraphiQL page): its ETag, and each encoding made once. */
export class CachedBody {
  readonly etag: string;
  private readonly encoded = new Map<Encoding, Promise<Buffer>>();

  constructor(readonly body: Buffer) {
    this.etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  }

  /** The body in `encoding` (null: as it is), compressed on first use. */
  in(encoding: Encoding | null): Promise<Buffer> {
    if (!encoding) return Promise.resolve(this.body);
    let encoded = this.encoded.get(encoding);
    if (!encoded) {
      encoded = compress(this.body, encoding, "thorough");
      this.encoded.set(encoding, encoded);
    }
    return encoded;
  }

  /** Whether an If-None-Match header names this body. */
  matches(ifNoneMatch: string | undefined): boolean {
    return !!ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === this.etag);
  }
}
