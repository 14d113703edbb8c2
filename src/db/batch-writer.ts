// Combines writes made at about the same moment into one statement. PostgreSQL spends about as long
// planning and committing a statement as writing a few dozen rows with it, so under load one
// statement for many callers costs a fraction of one each; idle, a write goes at once, alone.
import { isDatabaseBusy } from "./errors.js";

export interface BatchWriterOptions<Item> {
  /** Statements in flight at once; what arrives meanwhile waits and goes together in the next. */
  concurrency: number;
  /** The most a statement carries, counted by `size`; an item larger than this goes alone. */
  maxBatch: number;
  /** How much of `maxBatch` an item takes (1 unless given). */
  size?: (item: Item) => number;
  /** While busy, a statement starts no sooner than this after the previous one, to gather more. */
  gapMs?: number;
  /**
   * When a combined statement fails, write each item alone, so that one caller's bad item fails that
   * caller only. Not when the database is busy: that would only add to the load.
   */
  isolateFailures?: boolean;
}

interface Waiting<Item, Result> {
  item: Item;
  settle: (result: Result) => void;
  fail: (error: unknown) => void;
}

export class BatchWriter<Item, Result> {
  private readonly waiting: Waiting<Item, Result>[] = [];
  private running = 0;
  private lastStarted = 0;
  private timer: NodeJS.Timeout | null = null;

  /** `write` takes items and returns one result per item, in order. */
  constructor(
    private readonly write: (items: Item[]) => Promise<Result[]>,
    private readonly options: BatchWriterOptions<Item>,
  ) {}

  /** Items waiting for a statement. */
  get backlog(): number {
    return this.waiting.length;
  }

  add(item: Item): Promise<Result> {
    return new Promise((settle, fail) => {
      this.waiting.push({ item, settle, fail });
      this.startWrites();
    });
  }

  private startWrites(): void {
    while (this.running < this.options.concurrency && this.waiting.length > 0 && this.timer === null) {
      const wait = this.lastStarted + (this.options.gapMs ?? 0) - Date.now();
      if (wait > 0 && this.waitingSize() < this.options.maxBatch) {
        this.timer = setTimeout(() => {
          this.timer = null;
          this.startWrites();
        }, wait);
        return;
      }
      this.lastStarted = Date.now();
      const batch = this.takeBatch();
      this.running += 1;
      void this.writeBatch(batch).finally(() => {
        this.running -= 1;
        this.startWrites();
      });
    }
  }

  private waitingSize(): number {
    return this.waiting.reduce((sum, entry) => sum + this.sizeOf(entry.item), 0);
  }

  private sizeOf(item: Item): number {
    return this.options.size?.(item) ?? 1;
  }

  private takeBatch(): Waiting<Item, Result>[] {
    let size = this.sizeOf(this.waiting[0]!.item);
    let count = 1;
    while (count < this.waiting.length && size + this.sizeOf(this.waiting[count]!.item) <= this.options.maxBatch) {
      size += this.sizeOf(this.waiting[count]!.item);
      count += 1;
    }
    return this.waiting.splice(0, count);
  }

  private async writeBatch(batch: Waiting<Item, Result>[]): Promise<void> {
    try {
      const results = await this.write(batch.map((entry) => entry.item));
      // write answers one result per item, in order.
      batch.forEach((entry, index) => entry.settle(results[index] as Result));
    } catch (error) {
      if (!this.options.isolateFailures || batch.length === 1 || isDatabaseBusy(error)) {
        for (const entry of batch) entry.fail(error);
        return;
      }
      // One item written alone: one result.
      await Promise.all(
        batch.map((entry) => this.write([entry.item]).then(([result]) => entry.settle(result as Result), entry.fail)),
      );
    }
  }
}
