/** A page-rendering worker thread (see `./page-workers.ts`). */
import { parentPort, workerData } from "node:worker_threads";
import { renderPage, type PageRenderInput } from "./page-render.ts";

const sourceNumbers = new Map<string, number>(workerData as [string, number][]);

parentPort?.on("message", ({ id, input }: { id: number; input: PageRenderInput }) => {
  parentPort?.postMessage({ id, output: renderPage(input, sourceNumbers) });
});
