/**
 * Draws a preview image (1200×630 PNG) from its texts. The fixed parts are drawn once; each
 * image only places its glyphs, whose anti-aliased shapes are rasterised once per font,
 * size and quarter-pixel offset (with resvg) and then copied. A few milliseconds an image,
 * against some 40 for a full layout and render of an SVG.
 */
import { Resvg } from "@resvg/resvg-js";
import { fontFace, type Weight } from "./fonts.ts";
import {
  BAND_HEIGHT,
  COLORS,
  OG_HEIGHT,
  OG_WIDTH,
  layoutOgImage,
  type ColorName,
  type OgImageText,
  type PlacedGlyph,
} from "./layout.ts";
import { encodeIndexedPng } from "./png.ts";

export { OG_HEIGHT, OG_WIDTH, type OgImageText } from "./layout.ts";

/** Shades of each colour over white; 64 are indistinguishable from full anti-aliasing. */
const LEVELS = 64;
const COLOR_NAMES = Object.keys(COLORS) as ColorName[];
const WHITE = [255, 255, 255];

/** Palette: white, then `LEVELS` shades of each colour, the last one the colour itself. */
const PALETTE: number[][] = [
  WHITE,
  ...COLOR_NAMES.flatMap((name) =>
    Array.from({ length: LEVELS }, (_, level) =>
      COLORS[name].map((channel, i) =>
        Math.round(WHITE[i]! + ((channel - WHITE[i]!) * (level + 1)) / LEVELS),
      ),
    ),
  ),
];
/** Palette index of each colour at each coverage (0–255): `SHADES[colour][coverage]`. */
const SHADES = COLOR_NAMES.map((_, color) =>
  Uint8Array.from({ length: 256 }, (__, coverage) =>
    coverage === 0 ? 0 : 1 + color * LEVELS + Math.ceil((coverage * LEVELS) / 255) - 1,
  ),
);

interface Mask {
  width: number;
  height: number;
  /** Where the glyph's origin (left edge, baseline) falls in the mask. */
  originX: number;
  originY: number;
  alpha: Uint8Array;
}

const SUBPIXELS = 4;
const PAD = 2;
const masks = new Map<string, Mask>();

function maskOf(placed: PlacedGlyph, subpixel: number): Mask {
  const key = `${placed.weight}|${placed.size}|${placed.glyph.index}|${subpixel}`;
  let mask = masks.get(key);
  if (mask) return mask;
  const face = fontFace(placed.weight);
  const scale = placed.size / face.unitsPerEm;
  const ascent = Math.ceil(face.ascender * scale);
  const width = Math.ceil(placed.glyph.advance * scale) + 2 * PAD + 8;
  const height = ascent + Math.ceil(-face.descender * scale) + 2 * PAD;
  const originX = PAD + 4;
  const originY = PAD + ascent;
  const path = placed.glyph.path(originX + subpixel / SUBPIXELS, originY, placed.size);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path d="${path}"/></svg>`;
  const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < alpha.length; i++) alpha[i] = pixels[i * 4 + 3]!;
  mask = { width, height, originX, originY, alpha };
  masks.set(key, mask);
  return mask;
}

const ROW = OG_WIDTH + 1;
/** The fixed parts: white, and the band at the top, each row led by its filter byte. */
const TEMPLATE = (() => {
  const rows = new Uint8Array(ROW * OG_HEIGHT);
  const band = SHADES[COLOR_NAMES.indexOf("accent")]![255]!;
  for (let y = 0; y < BAND_HEIGHT; y++) rows.fill(band, y * ROW + 1, (y + 1) * ROW);
  return rows;
})();

const faces = (weight: Weight) => fontFace(weight);
/** Ink already laid at each pixel: where glyph boxes overlap, the darker value wins. */
const coverage = new Uint8Array(OG_WIDTH * OG_HEIGHT);

/** The image as palette indices, each row led by its PNG filter byte, and its palette. */
export interface IndexedImage {
  rows: Uint8Array;
  palette: readonly number[][];
}

export function drawOgImage(text: OgImageText): IndexedImage {
  const rows = TEMPLATE.slice();
  coverage.fill(0);
  for (const placed of layoutOgImage(text, faces)) {
    const whole = Math.floor(placed.x);
    const subpixel = Math.round((placed.x - whole) * SUBPIXELS);
    const mask = maskOf(placed, subpixel % SUBPIXELS);
    const left = whole + Math.floor(subpixel / SUBPIXELS) - mask.originX;
    const top = Math.round(placed.y) - mask.originY;
    const shades = SHADES[COLOR_NAMES.indexOf(placed.color)]!;
    const { alpha, width } = mask;
    const fromX = Math.max(0, -left);
    const toX = Math.min(width, OG_WIDTH - left);
    for (let my = Math.max(0, -top); my < mask.height && top + my < OG_HEIGHT; my++) {
      const pixel = (top + my) * OG_WIDTH + left;
      const row = (top + my) * ROW + 1 + left;
      for (let mx = fromX; mx < toX; mx++) {
        const value = alpha[my * width + mx]!;
        if (value > coverage[pixel + mx]!) {
          coverage[pixel + mx] = value;
          rows[row + mx] = shades[value]!;
        }
      }
    }
  }
  return { rows, palette: PALETTE };
}

export function renderOgImage(text: OgImageText): Buffer {
  const { rows, palette } = drawOgImage(text);
  return encodeIndexedPng(OG_WIDTH, OG_HEIGHT, palette, rows);
}
