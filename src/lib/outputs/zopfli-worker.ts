/** A Zopfli worker thread: raw bytes in, a gzip stream out (see `./search-runtime.ts`). */
import { gzipAsync } from "@gfx/zopfli";
import { parentPort } from "node:worker_threads";

/** Zopfli's passes: more gains nothing measurable on Pagefind's WebAssembly (tried up to 15). */
const ZOPFLI_ITERATIONS = 3;

parentPort?.on("message", ({ id, input }: { id: number; input: Uint8Array }) => {
  void gzipAsync(input, { numiterations: ZOPFLI_ITERATIONS }).then((output) =>
    parentPort?.postMessage({ id, output }),
  );
});
