/**
 * Link-preview images (Open Graph, 1200×630), drawn at build time from our own template with
 * satori and rasterised with resvg. The font comes from an npm package: no network.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const require = createRequire(join(process.cwd(), "package.json"));
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: "normal" }[] | undefined;

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}
const h = (
  type: string,
  style: Record<string, string | number>,
  children: (Node | string)[] | string,
): Node => ({
  type,
  props: { style, children },
});

export interface OgImageText {
  siteName: string;
  title: string;
  /** Small line above the title, e.g. « Incident » or « Questions fréquentes ». */
  eyebrow: string;
  /** Bottom line, e.g. « Mis à jour le 29 novembre 2026 ». */
  footer: string;
}

export async function renderOgImage(text: OgImageText): Promise<Buffer> {
  fonts ??= [
    { name: "Noto Sans", data: font(400), weight: 400, style: "normal" },
    { name: "Noto Sans", data: font(700), weight: 700, style: "normal" },
  ];
  const titleSize = text.title.length > 70 ? 52 : text.title.length > 40 ? 62 : 72;
  const tree = h(
    "div",
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
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
      h("div", { display: "flex", flexDirection: "column", width: OG_WIDTH - 144 }, [
        h("div", { fontSize: 30, color: "#4a525c", marginBottom: 16 }, text.eyebrow),
        h("div", { display: "flex", fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, text.title),
      ]),
      h("div", { display: "flex", fontSize: 26, color: "#4a525c" }, text.footer),
    ],
  );
  // satori's types expect React elements; this plain object tree is what JSX would produce.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts,
  });
  return new Resvg(svg, { fitTo: { mode: "width", value: OG_WIDTH } }).render().asPng();
}
