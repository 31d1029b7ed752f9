/**
 * Where each glyph of a preview image goes. The design (kept from the first, satori-drawn
 * version): a teal band at the top, the site name, then a small line naming the kind of page
 * above the title, and the update date at the bottom, spread over the height. Pure: fonts
 * are passed in.
 */
import type { FontFace, Glyph, Weight } from "./fonts.ts";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const BAND_HEIGHT = 24;
const PADDING_X = 72;
const PADDING_Y = 56;
export const TEXT_WIDTH = OG_WIDTH - 2 * PADDING_X;

/** Palette entries: the band and site name, the title, the small lines. */
export const COLORS = {
  accent: [0x0a, 0x55, 0x66],
  text: [0x1b, 0x1f, 0x24],
  muted: [0x4a, 0x52, 0x5c],
} as const;
export type ColorName = keyof typeof COLORS;

export interface OgImageText {
  siteName: string;
  title: string;
  /** Small line above the title, e.g. « Incident » or « Questions fréquentes ». */
  eyebrow: string;
  /** Bottom line, e.g. « Mis à jour le 29 novembre 2026 ». */
  footer: string;
}

export interface PlacedGlyph {
  glyph: Glyph;
  weight: Weight;
  size: number;
  color: ColorName;
  /** Left edge of the glyph's origin, in pixels (fractional). */
  x: number;
  /** Baseline, in pixels. */
  y: number;
}

type Faces = (weight: Weight) => FontFace;

/** Titles get smaller as they get longer, so that most fit on two or three lines. */
export function titleSize(title: string): number {
  return title.length > 70 ? 52 : title.length > 40 ? 62 : 72;
}

const BREAKABLE = /[ \t\n]/;

/** Advance widths (with kerning) of each character of a text, in pixels. */
function advances(face: FontFace, size: number, text: string): number[] {
  const scale = size / face.unitsPerEm;
  const chars = [...text];
  return chars.map((char, index) => {
    const glyph = face.glyph(char);
    const next = chars[index + 1];
    const kerning = next ? face.kerning(glyph, face.glyph(next)) : 0;
    return (glyph.advance + kerning) * scale;
  });
}

export function textWidth(face: FontFace, size: number, text: string): number {
  return advances(face, size, text).reduce((sum, width) => sum + width, 0);
}

/**
 * Breaks a text into lines no wider than `width`, at ordinary spaces only: no-break spaces
 * keep « ? » and « : » with their word. A single word wider than the line stays whole.
 */
export function wrap(face: FontFace, size: number, text: string, width: number): string[] {
  const words = text.trim().split(/ +/);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(face, size, candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface Block {
  lines: string[];
  weight: Weight;
  size: number;
  color: ColorName;
  /** Height of one line, in pixels. */
  lineHeight: number;
  marginBottom: number;
}

function block(
  faces: Faces,
  text: string,
  weight: Weight,
  size: number,
  color: ColorName,
  lineHeight?: number,
): Block {
  const face = faces(weight);
  const normal = ((face.ascender - face.descender) / face.unitsPerEm) * size;
  return {
    lines: wrap(face, size, text, TEXT_WIDTH),
    weight,
    size,
    color,
    lineHeight: lineHeight ? lineHeight * size : normal,
    marginBottom: 0,
  };
}

const heightOf = (blocks: Block[]) =>
  blocks.reduce((sum, b) => sum + b.lines.length * b.lineHeight + b.marginBottom, 0);

/** Every glyph of the image, placed: site name at the top, date at the bottom, title between. */
export function layoutOgImage(text: OgImageText, faces: Faces): PlacedGlyph[] {
  const size = titleSize(text.title);
  const top = [block(faces, text.siteName, 700, 30, "accent")];
  const middle = [
    { ...block(faces, text.eyebrow, 400, 30, "muted"), marginBottom: 16 },
    block(faces, text.title, 700, size, "text", 1.15),
  ];
  const bottom = [block(faces, text.footer, 400, 26, "muted")];
  const contentTop = BAND_HEIGHT + PADDING_Y;
  const contentHeight = OG_HEIGHT - contentTop - PADDING_Y;
  // The three groups are spread over the height, like `justify-content: space-between`.
  const gap = (contentHeight - heightOf(top) - heightOf(middle) - heightOf(bottom)) / 2;
  const placed: PlacedGlyph[] = [];
  let y = contentTop;
  for (const [blocks, after] of [
    [top, gap],
    [middle, gap],
    [bottom, 0],
  ] as const) {
    for (const b of blocks) {
      const face = faces(b.weight);
      const content = ((face.ascender - face.descender) / face.unitsPerEm) * b.size;
      const ascent = (face.ascender / face.unitsPerEm) * b.size;
      for (const line of b.lines) {
        const baseline = y + (b.lineHeight - content) / 2 + ascent;
        let x = PADDING_X;
        const widths = advances(face, b.size, line);
        [...line].forEach((char, index) => {
          if (!BREAKABLE.test(char) && char !== "\u00A0" && char !== "\u202F") {
            placed.push({
              glyph: face.glyph(char),
              weight: b.weight,
              size: b.size,
              color: b.color,
              x,
              y: baseline,
            });
          }
          x += widths[index] ?? 0;
        });
        y += b.lineHeight;
      }
      y += b.marginBottom;
    }
    y += after;
  }
  return placed;
}
