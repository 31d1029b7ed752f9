/** A preview-image worker thread: texts in, PNG bytes out (see `./images.ts`). */
import { parentPort } from "node:worker_threads";
import type { OgImageText } from "./layout.ts";
import { renderOgImage } from "./render.ts";

parentPort?.on("message", ({ id, text }: { id: number; text: OgImageText }) => {
  const png = renderOgImage(text);
  parentPort?.postMessage({ id, png });
});
