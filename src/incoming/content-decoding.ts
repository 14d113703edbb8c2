// An incoming body as text: decoded from its content-encoding (gzip, deflate, br) within the body size
// limit, then read as UTF-8. What cannot be text for the database (invalid UTF-8, a NUL byte, which
// PostgreSQL's text and jsonb cannot hold) or cannot be decoded is said so, for the caller to keep
// the bytes another way.
import { brotliDecompressSync, gunzipSync, inflateSync, type ZlibOptions } from "node:zlib";
import { messageOf } from "../common/errors.js";

export type DecodedBody =
  | { kind: "TEXT"; text: string }
  | { kind: "NOT_TEXT"; message: string }
  | { kind: "UNDECODABLE"; message: string }
  | { kind: "TOO_LARGE" };

const DECODERS: Record<string, (body: Buffer, options: ZlibOptions) => Buffer> = {
  gzip: gunzipSync,
  "x-gzip": gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeContent(body: Buffer, contentEncoding: string | undefined, maxBytes: number): DecodedBody {
  let bytes = body;
  // Encodings listed in the order applied: undone last to first.
  const encodings = (contentEncoding ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== "" && name !== "identity")
    .reverse();
  for (const encoding of encodings) {
    const decode = DECODERS[encoding];
    if (!decode)
      return {
        kind: "UNDECODABLE",
        message: `The body's content-encoding "${encoding}" is not one the service decodes (gzip, deflate, br).`,
      };
    try {
      bytes = decode(bytes, { maxOutputLength: maxBytes });
    } catch (error) {
      if (error instanceof RangeError) return { kind: "TOO_LARGE" };
      return { kind: "UNDECODABLE", message: `The body could not be decoded as ${encoding}: ${messageOf(error)}` };
    }
  }
  if (bytes.includes(0)) return { kind: "NOT_TEXT", message: "The body is not text: it holds a NUL byte." };
  try {
    return { kind: "TEXT", text: utf8.decode(bytes) };
  } catch {
    return { kind: "NOT_TEXT", message: "The body is not text: it is not valid UTF-8." };
  }
}
