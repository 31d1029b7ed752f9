/**
 * An incident's exposure table as a picture articles can reuse: 1200 px wide, text drawn as
 * outlines (Noto Sans from npm) so the SVG looks the same everywhere, with the site's name,
 * the licence and the date of the facts on it. The PNG is the same SVG rasterised by resvg
 * (`./png.ts`).
 */
import type { ExposureState } from "../../../schemas/incident.ts";
import { fontFace, type Weight } from "../og/fonts.ts";
import { textWidth, wrap } from "../og/layout.ts";

export const IMAGE_WIDTH = 1200;
const PAD = 56;
const ROW = 46;
const BADGE_WIDTH = 250;

export interface ExposureImageText {
  title: string;
  populations: {
    caption: string;
    rows: { label: string; state: ExposureState; stateLabel: string }[];
  }[];
  /** « Fuites de données santé · https://… · CC BY 4.0 · faits au 2 décembre 2026 ». */
  footer: string;
}

const COLORS = {
  text: "#1b1f24",
  muted: "#4a525c",
  accent: "#0a5566",
  rule: "#c5cbd2",
  exposed: ["#fde8e4", "#8a1c0d"],
  "not-exposed": ["#e3f3e6", "#1e5b2c"],
  "not-stated": ["#eceef1", "#3b424b"],
} as const;

/** The badge's mark, drawn (the font's latin subset has no ● or ○): a dot, a ring or « ? ». */
function mark(state: ExposureState, x: number, y: number, color: string): string {
  if (state === "exposed") return `<circle cx="${x + 7}" cy="${y - 8}" r="7" fill="${color}"/>`;
  if (state === "not-exposed")
    return `<circle cx="${x + 7}" cy="${y - 8}" r="6" fill="none" stroke="${color}" stroke-width="2.5"/>`;
  return textPath("?", x + 1, y, 22, 700, color);
}

/**
 * Glyph outlines, each drawn once in `<defs>` and placed with `<use>`: a table repeats the
 * same few dozen letters, and the file stays small. Reset for each image.
 */
let glyphDefs = new Map<string, { id: string; path: string }>();

/** A line of text as outlines, so no font is needed to show it. */
function textPath(text: string, x: number, y: number, size: number, weight: Weight, color: string): string {
  const face = fontFace(weight);
  const scale = size / face.unitsPerEm;
  let pen = x;
  const uses: string[] = [];
  const chars = [...text];
  chars.forEach((char, index) => {
    const glyph = face.glyph(char);
    const key = `${weight}/${size}/${glyph.index}`;
    let def = glyphDefs.get(key);
    if (!def) glyphDefs.set(key, (def = { id: `g${glyphDefs.size}`, path: glyph.path(0, 0, size) }));
    if (def.path) uses.push(`<use href="#${def.id}" x="${Math.round(pen * 10) / 10}" y="${y}"/>`);
    const next = chars[index + 1];
    pen += (glyph.advance + (next ? face.kerning(glyph, face.glyph(next)) : 0)) * scale;
  });
  return uses.length > 0 ? `<g fill="${color}">${uses.join("")}</g>` : "";
}

export function exposureImageSvg(input: ExposureImageText): string {
  glyphDefs = new Map();
  const parts: string[] = [];
  let y = PAD;
  parts.push(`<rect x="0" y="0" width="${IMAGE_WIDTH}" height="16" fill="${COLORS.accent}"/>`);
  for (const line of wrap(fontFace(700), 44, input.title, IMAGE_WIDTH - 2 * PAD)) {
    y += 52;
    parts.push(textPath(line, PAD, y, 44, 700, COLORS.text));
  }
  for (const population of input.populations) {
    y += 64;
    parts.push(textPath(population.caption, PAD, y, 28, 700, COLORS.accent));
    y += 16;
    for (const row of population.rows) {
      const labelLines = wrap(fontFace(400), 26, row.label, IMAGE_WIDTH - 2 * PAD - BADGE_WIDTH - 24);
      const height = Math.max(ROW, 14 + labelLines.length * 32);
      parts.push(
        `<rect x="${PAD}" y="${y + height}" width="${IMAGE_WIDTH - 2 * PAD}" height="1" fill="${COLORS.rule}"/>`,
      );
      labelLines.forEach((line, index) =>
        parts.push(textPath(line, PAD, y + 34 + index * 32, 26, 400, COLORS.text)),
      );
      const [background, color] = COLORS[row.state];
      const badgeX = IMAGE_WIDTH - PAD - BADGE_WIDTH;
      parts.push(
        `<rect x="${badgeX}" y="${y + 8}" width="${BADGE_WIDTH}" height="34" rx="6" fill="${background}"/>`,
      );
      const textX = badgeX + (BADGE_WIDTH - 24 - textWidth(fontFace(700), 22, row.stateLabel)) / 2;
      parts.push(mark(row.state, textX, y + 33, color));
      parts.push(textPath(row.stateLabel, textX + 24, y + 33, 22, 700, color));
      y += height;
    }
  }
  y += 56;
  for (const line of wrap(fontFace(400), 20, input.footer, IMAGE_WIDTH - 2 * PAD)) {
    parts.push(textPath(line, PAD, y, 20, 400, COLORS.muted));
    y += 28;
  }
  const height = Math.ceil(y + PAD - 28);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${IMAGE_WIDTH} ${height}">` +
    `<title>${escapeXml(input.title)}</title>` +
    `<defs>${[...glyphDefs.values()].map((def) => `<path id="${def.id}" d="${def.path}"/>`).join("")}</defs>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join("")}</svg>`
  );
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
