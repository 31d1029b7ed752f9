/**
 * The preview images' fonts (Noto Sans from npm, no network) and their metrics, read with
 * opentype.js: advance widths, kerning and glyph outlines.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import opentype from "opentype.js";

export type Weight = 400 | 700;

export interface Glyph {
  index: number;
  advance: number;
  path(x: number, y: number, size: number): string;
}

export interface FontFace {
  unitsPerEm: number;
  ascender: number;
  descender: number;
  glyph(char: string): Glyph;
  kerning(left: Glyph, right: Glyph): number;
}

const require = createRequire(join(process.cwd(), "package.json"));

/**
 * The latin subset has no narrow no-break space (U+202F), which French typography puts
 * before « ; ! ? »: it is drawn as a thin space, its usual width.
 */
const SUBSTITUTES: Record<string, string> = { "\u202F": "\u2009" };

function load(weight: Weight): FontFace {
  const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
  const bytes = readFileSync(file);
  const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const glyphs = new Map<string, Glyph>();
  return {
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascender,
    descender: font.descender,
    glyph(char) {
      let glyph = glyphs.get(char);
      if (!glyph) {
        const source = font.charToGlyph(SUBSTITUTES[char] ?? char);
        glyph = {
          index: source.index,
          advance: source.advanceWidth ?? 0,
          path: (x, y, size) => pathData(source.getPath(x, y, size).commands),
        };
        glyphs.set(char, glyph);
      }
      return glyph;
    },
    kerning: (left, right) => font.getKerningValue(left.index, right.index),
  };
}

type Command = opentype.PathCommand;

const n = (value: number) => String(Math.round(value * 1000) / 1000);

/**
 * SVG path data from outline commands. opentype.js has `toPathData`, but version 2.0 prints
 * some coordinates as `NaN`, which fills the counter of an « a ».
 */
function pathData(commands: readonly Command[]): string {
  return commands
    .map((c) => {
      switch (c.type) {
        case "M":
        case "L":
          return `${c.type}${n(c.x)} ${n(c.y)}`;
        case "Q":
          return `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`;
        case "C":
          return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
        default:
          return "Z";
      }
    })
    .join("");
}

const faces = new Map<Weight, FontFace>();

export function fontFace(weight: Weight): FontFace {
  let face = faces.get(weight);
  if (!face) faces.set(weight, (face = load(weight)));
  return face;
}
