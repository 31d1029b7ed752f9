/**
 * Worker threads for the costly parts of a build, beside Astro's main thread: Markdown pages
 * while the content loads (`../content/page-worker.ts`), images while the pages render
 * (`../outputs/og/worker.ts`, `../outputs/exposure-image/worker.ts`). Each worker file answers `{ id, input }`
 * with `{ id, output }`.
 */
import { Worker } from "node:worker_threads";

export class WorkerPool<Input, Output = Uint8Array> {
  readonly #file: string;
  readonly #size: number;
  readonly #workerData: unknown;
  #workers: Worker[] = [];
  #idle: Worker[] = [];
  #queue: { id: number; input: Input }[] = [];
  #waiting = new Map<number, { resolve: (output: Output) => void; reject: (error: Error) => void }>();
  #next = 0;

  /** Workers are started on first use, up to `size`; each gets `workerData`. */
  constructor(file: string, size: number, workerData?: unknown) {
    this.#file = file;
    this.#size = size;
    this.#workerData = workerData;
  }

  run(input: Input): Promise<Output> {
    const id = this.#next++;
    const done = new Promise<Output>((resolve, reject) => this.#waiting.set(id, { resolve, reject }));
    this.#queue.push({ id, input });
    if (this.#idle.length === 0 && this.#workers.length < this.#size) this.#start();
    this.#pump();
    return done;
  }

  /** Stops the workers; work still queued is rejected. */
  async close(): Promise<void> {
    const workers = this.#workers;
    this.#workers = [];
    this.#idle = [];
    await Promise.all(workers.map((worker) => worker.terminate()));
    for (const { reject } of this.#waiting.values()) reject(new Error("worker pool closed"));
    this.#waiting.clear();
  }

  #start(): void {
    const worker = new Worker(this.#file, { workerData: this.#workerData });
    this.#workers.push(worker);
    // The build may end while a worker waits for work; it must not keep Node alive.
    worker.unref();
    worker.on("message", ({ id, output }: { id: number; output: Output }) => {
      this.#waiting.get(id)?.resolve(output);
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
