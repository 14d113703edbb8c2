// PGlite's WebAssembly build starts PostgreSQL with `shared_buffers=128MB` baked in: a C string in the
// module's data segment, passed as a command-line setting, so postgresql.conf and ALTER SYSTEM cannot
// lower it. Its memory emulation zero-fills the whole shared segment at start, so every embedded process
// held ~140 MB of it before its first query, for databases that mostly fit in a few MB. PGlite 0.3 has no
// option for it; this compiles the module with that one string rewritten in place (same length,
// NUL-padded) and PGlite.create takes the compiled module (`wasmModule`).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const BAKED_IN = Buffer.from("shared_buffers=128MB\0");
/** What the service uses unless PGLITE_SHARED_BUFFERS_MB says otherwise. */
export const DEFAULT_SHARED_BUFFERS_MB = 16;
/** The largest value that fits in the baked-in string's bytes ("999MB"). */
export const MAX_SHARED_BUFFERS_MB = 999;

// Compiled once per size and process, as PGlite keeps its own module: a process that opens several
// embedded databases (a test run does) compiles the 9 MB module once.
const compiled = new Map<number, Promise<WebAssembly.Module | null>>();

/** PGlite's WebAssembly module with shared_buffers set to `sharedBuffersMb`; null when this PGlite build lacks the baked-in string. */
export async function compilePGliteModule(sharedBuffersMb: number): Promise<WebAssembly.Module | null> {
  if (!Number.isInteger(sharedBuffersMb) || sharedBuffersMb < 1 || sharedBuffersMb > MAX_SHARED_BUFFERS_MB) {
    throw new RangeError(
      `shared_buffers must be a whole number of MB from 1 to ${MAX_SHARED_BUFFERS_MB}, got ${sharedBuffersMb}`,
    );
  }
  let module = compiled.get(sharedBuffersMb);
  if (!module) {
    module = compileWithSharedBuffers(sharedBuffersMb);
    compiled.set(sharedBuffersMb, module);
    module.catch(() => compiled.delete(sharedBuffersMb)); // a failed read is tried again next time
  }
  return module;
}

async function compileWithSharedBuffers(sharedBuffersMb: number): Promise<WebAssembly.Module | null> {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const bytes = await readFile(path.join(path.dirname(entry), "pglite.wasm"));
  const at = bytes.indexOf(BAKED_IN);
  if (at < 0 || bytes.indexOf(BAKED_IN, at + 1) >= 0) return null;
  const replacement = Buffer.alloc(BAKED_IN.length); // zero-filled: the shorter string stays NUL-terminated
  replacement.write(`shared_buffers=${sharedBuffersMb}MB`);
  replacement.copy(bytes, at);
  return WebAssembly.compile(bytes);
}
