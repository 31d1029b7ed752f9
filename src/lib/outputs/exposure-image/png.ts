/**
 * The exposure image as PNG: its SVG rasterised by resvg on a worker thread. On the main
 * thread, the real incidents' tables held Astro's page rendering for about a second a build.
 */
import { join } from "node:path";
import { WorkerPool } from "../../workers/pool.ts";

const WORKER = join(process.cwd(), "src", "lib", "outputs", "exposure-image", "worker.ts");
let pool: WorkerPool<string> | undefined;

export function exposureImagePng(svg: string): Promise<Uint8Array> {
  pool ??= new WorkerPool<string>(WORKER, 1);
  return pool.run(svg);
}
