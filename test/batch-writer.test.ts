// BatchWriter on its own: what arrives while statements are in flight goes together in the next one,
// each caller gets its own results, and one caller's failure does not fail the others.
import { describe, expect, it } from "vitest";
import { BatchWriter } from "../src/db/batch-writer.js";

/** A write function whose calls stay open until the test releases them. */
function controlledWrite<Item>() {
  const calls: { items: Item[]; release: () => void; reject: (error: unknown) => void }[] = [];
  const write = (items: Item[]) =>
    new Promise<string[]>((resolve, reject) => {
      calls.push({ items, release: () => resolve(items.map((item) => `done ${String(item)}`)), reject });
    });
  return { calls, write };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe("BatchWriter", () => {
  it("writes the first item at once and combines what arrives meanwhile, up to maxBatch", async () => {
    const { calls, write } = controlledWrite<number>();
    const writer = new BatchWriter(write, { concurrency: 1, maxBatch: 3 });
    const results = [1, 2, 3, 4, 5, 6].map((item) => writer.add(item));
    await settled();
    expect(calls.map((call) => call.items)).toEqual([[1]]);
    expect(writer.backlog).toBe(5);
    calls[0]!.release();
    await settled();
    expect(calls.map((call) => call.items)).toEqual([[1], [2, 3, 4]]);
    calls[1]!.release();
    await settled();
    calls[2]!.release();
    expect(await Promise.all(results)).toEqual(["done 1", "done 2", "done 3", "done 4", "done 5", "done 6"]);
    expect(calls.map((call) => call.items)).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it("keeps `concurrency` statements in flight and never splits an item counted by size", async () => {
    const { calls, write } = controlledWrite<string[]>();
    const writer = new BatchWriter(write, { concurrency: 2, maxBatch: 4, size: (group) => group.length });
    void writer.add(["a"]);
    void writer.add(["b", "c"]);
    const third = writer.add(["d", "e", "f"]);
    const fourth = writer.add(["g", "h", "i", "j", "k"]); // larger than maxBatch: goes alone
    await settled();
    expect(calls.map((call) => call.items)).toEqual([[["a"]], [["b", "c"]]]);
    calls[0]!.release();
    await settled();
    expect(calls[2]!.items).toEqual([["d", "e", "f"]]);
    calls[1]!.release();
    await settled();
    expect(calls[3]!.items).toEqual([["g", "h", "i", "j", "k"]]);
    calls[2]!.release();
    calls[3]!.release();
    expect(await third).toBe("done d,e,f");
    expect(await fourth).toBe("done g,h,i,j,k");
  });

  it("with isolateFailures, writes each item of a failed statement alone: only the bad one fails", async () => {
    const written: number[][] = [];
    const writer = new BatchWriter(
      async (items: number[]) => {
        written.push(items);
        if (items.includes(13)) throw new Error("bad item 13");
        return items.map((item) => item * 2);
      },
      { concurrency: 1, maxBatch: 10, isolateFailures: true },
    );
    const first = writer.add(1); // alone: the others wait for it and fail together
    const outcomes = await Promise.allSettled([first, writer.add(2), writer.add(13), writer.add(4)]);
    expect(
      outcomes.map((outcome) => (outcome.status === "fulfilled" ? outcome.value : (outcome.reason as Error).message)),
    ).toEqual([2, 4, "bad item 13", 8]);
    expect(written).toEqual([[1], [2, 13, 4], [2], [13], [4]]);
  });

  it("does not write items alone again when the database is busy: every caller gets the busy error", async () => {
    const busy = new Error("timeout exceeded when trying to connect"); // pg-pool, when no connection frees up in time
    let calls = 0;
    const writer = new BatchWriter(
      async (items: number[]) => {
        calls += 1;
        if (items.length > 1) throw busy;
        return items;
      },
      { concurrency: 1, maxBatch: 10, isolateFailures: true },
    );
    const outcomes = await Promise.allSettled([writer.add(1), writer.add(2), writer.add(3)]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "rejected"]);
    expect(calls).toBe(2);
  });
});
