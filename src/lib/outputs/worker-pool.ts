/**
 * Worker threads for a build's images: Astro renders the pages on the main thread, so
 * drawing runs beside it instead of between pages. Each worker file answers
 * `{ id, input }` with `{ id, output }` (`./og/worker.ts`, `./exposure-image/worker.ts`).
 */
import { Worker } from "node:worker_threads";

export class WorkerPool<Input> {
  readonly #file: string;
  readonly #size: number;
  #workers = 0;
  #idle: Worker[] = [];
  #queue: { id: number; input: Input }[] = [];
  #waiting = new Map<number, { resolve: (output: Buffer) => void; reject: (error: Error) => void }>();
  #next = 0;

  /** Workers are started on first use, up to `size`. */
  constructor(file: string, size: number) {
    this.#file = file;
    this.#size = size;
  }

  run(input: Input): Promise<Buffer> {
    const id = this.#next++;
    const done = new Promise<Buffer>((resolve, reject) => this.#waiting.set(id, { resolve, reject }));
    this.#queue.push({ id, input });
    if (this.#idle.length === 0 && this.#workers < this.#size) this.#start();
    this.#pump();
    return done;
  }

  #start(): void {
    this.#workers += 1;
    const worker = new Worker(this.#file);
    // The build may end while a worker waits for work; it must not keep Node alive.
    worker.unref();
    worker.on("message", ({ id, output }: { id: number; output: Uint8Array }) => {
      this.#waiting.get(id)?.resolve(Buffer.from(output));
      this.#waiting.delete(id);
      this.#idle.push(worker);
      this.#pump();
    });
    worker.on("error", (error) => {
      for (const { reject } of this.#waiting.values()) reject(error);
      this.#waiting.clear();
    });
    this.#idle.push(worker);
  }

  #pump(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0)
      this.#idle.pop()?.postMessage(this.#queue.shift());
  }
}
