/** An exposure-image worker thread: SVG in, PNG bytes out (see `./png.ts`). */
import { Resvg } from "@resvg/resvg-js";
import { parentPort } from "node:worker_threads";

parentPort?.on("message", ({ id, input }: { id: number; input: string }) => {
  const png = new Resvg(input, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  parentPort?.postMessage({ id, output: png });
});
