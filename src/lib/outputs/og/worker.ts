/** A preview-image worker thread: texts in, PNG bytes out (see `./images.ts`). */
import { parentPort } from "node:worker_threads";
import type { OgImageText } from "./layout.ts";
import { renderOgImage } from "./render.ts";

parentPort?.on("message", ({ id, input }: { id: number; input: OgImageText }) => {
  parentPort?.postMessage({ id, output: renderOgImage(input) });
});
