/**
 * The first preview-image renderer (satori layout, resvg raster), kept as the reference the
 * fast renderer must look like. Returns grey levels, one byte per pixel.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import type { OgImageText } from "../../src/lib/outputs/og/layout.ts";

const require = createRequire(join(process.cwd(), "package.json"));
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));

interface Node {
  type: string;
  props: { style: Record<string, string | number>; children: (Node | string)[] | string };
}
const h = (
  type: string,
  style: Record<string, string | number>,
  children: (Node | string)[] | string,
): Node => ({
  type,
  props: { style, children },
});

export async function referenceGrey(text: OgImageText): Promise<Uint8Array> {
  const size = text.title.length > 70 ? 52 : text.title.length > 40 ? 62 : 72;
  const tree = h(
    "div",
    {
      width: 1200,
      height: 630,
      boxSizing: "border-box",
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      padding: "56px 72px",
      background: "#ffffff",
      borderTop: "24px solid #0a5566",
      fontFamily: "Noto Sans",
      color: "#1b1f24",
    },
    [
      h("div", { fontSize: 30, fontWeight: 700, color: "#0a5566" }, text.siteName),
      h("div", { display: "flex", flexDirection: "column", width: 1056 }, [
        h("div", { fontSize: 30, color: "#4a525c", marginBottom: 16 }, text.eyebrow),
        h("div", { display: "flex", fontSize: size, fontWeight: 700, lineHeight: 1.15 }, text.title),
      ]),
      h("div", { display: "flex", fontSize: 26, color: "#4a525c" }, text.footer),
    ],
  );
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: 1200,
    height: 630,
    fonts: [
      { name: "Noto Sans", data: font(400), weight: 400, style: "normal" },
      { name: "Noto Sans", data: font(700), weight: 700, style: "normal" },
    ],
  });
  const rgba = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  const grey = new Uint8Array(1200 * 630);
  for (let i = 0; i < grey.length; i++) {
    const alpha = rgba[i * 4 + 3]! / 255;
    const luma = 0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!;
    grey[i] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return grey;
}
