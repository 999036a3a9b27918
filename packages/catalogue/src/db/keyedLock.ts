/**
 * Serialises async work per key inside this Node process.
 *
 * Why: FerretDB 1.24 (SQLite backend) does not apply a filtered update atomically. It reads the
 * matching documents and writes them back by _id in separate steps, so two concurrent
 * `findOneAndUpdate({key, version: 1})` calls can both "win" and one change is lost (measured:
 * 30 of 30 rounds of three concurrent writers had several winners). The embedded FerretDB serves
 * one server process, so serialising the read-check-write of one resource in that process makes
 * the conditional update on `version` hold again. On MongoDB the update is atomic by itself.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `work` once every earlier `run` for the same key has finished (in call order). */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** How many keys have work running or waiting (for tests and diagnostics). */
  get size(): number {
    return this.tails.size;
  }
}
