/**
 * Where changed pages are rendered: on worker threads, one per core, when there are enough
 * of them to repay starting the threads (each loads the Markdown renderer), in the loader's
 * own thread otherwise (a rebuild after editing a page or two, `astro dev`).
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { WorkerPool } from "../workers/pool.ts";
import { renderPage, type PageRenderInput, type PageRenderOutput } from "./page-render.ts";

/** Fewer changed pages than this are rendered in the loader's thread. */
export const PAGES_FOR_WORKERS = 64;

const WORKER = join(process.cwd(), "src", "lib", "content", "page-worker.ts");

export interface PageRenderer {
  run(input: PageRenderInput): Promise<PageRenderOutput>;
  close(): Promise<void>;
}

export function pageRenderer(changedPages: number, sourceNumbers: ReadonlyMap<string, number>): PageRenderer {
  if (changedPages < PAGES_FOR_WORKERS) {
    return { run: (input) => Promise.resolve(renderPage(input, sourceNumbers)), close: () => Promise.resolve() };
  }
  const pool = new WorkerPool<PageRenderInput, PageRenderOutput>(
    WORKER,
    Math.min(availableParallelism(), Math.ceil(changedPages / PAGES_FOR_WORKERS)),
    [...sourceNumbers],
  );
  return { run: (input) => pool.run(input), close: () => pool.close() };
}
