/**
 * Preview images: drawn from a prepared template and cached glyphs, they must look like the
 * original satori layout (compared on a coarse grid, which tolerates sub-pixel differences
 * but not a moved, missing or wrongly wrapped line), keep French accents, and wrap long titles
 * within the margins.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.ts";
import { fr } from "../../src/i18n/fr.ts";
import { splitFrontmatter } from "../../src/lib/content/files.ts";
import { fontFace } from "../../src/lib/outputs/og/fonts.ts";
import { TEXT_WIDTH, textWidth, wrap, type OgImageText } from "../../src/lib/outputs/og/layout.ts";
import { drawOgImage, OG_HEIGHT, OG_WIDTH, renderOgImage } from "../../src/lib/outputs/og/render.ts";
import { referenceGrey } from "../support/og-reference.ts";

const texts: OgImageText[] = [
  {
    siteName: "Fuites de données santé",
    title: "Cyberattaque contre Viamedis (2024)",
    eyebrow: "Incident",
    footer: "Mis à jour le 29 novembre 2026",
  },
  {
    siteName: "Fuites de données santé",
    title: "Numéro de sécurité sociale (NIR) : État civil, œuvres, « guillemets »",
    eyebrow: "Donnée exposée",
    footer: "Mis à jour le 1er février 2024",
  },
  {
    siteName: "French health data leaks",
    title:
      "A very long title that has to wrap over three lines, because it names the incident, the operator and the year",
    eyebrow: "Frequently asked questions",
    footer: "Updated 29 November 2026",
  },
];

/** Grey levels of our image. */
function ourGrey(text: OgImageText): Uint8Array {
  const { rows, palette } = drawOgImage(text);
  const grey = new Uint8Array(OG_WIDTH * OG_HEIGHT);
  for (let y = 0; y < OG_HEIGHT; y++) {
    for (let x = 0; x < OG_WIDTH; x++) {
      const [r, g, b] = palette[rows[y * (OG_WIDTH + 1) + 1 + x]!]!;
      grey[y * OG_WIDTH + x] = Math.round(0.299 * r! + 0.587 * g! + 0.114 * b!);
    }
  }
  return grey;
}

/** Mean grey level of each 20×21-pixel cell: 60 × 30 cells. */
function coarse(grey: Uint8Array): number[] {
  const cells: number[] = [];
  for (let cy = 0; cy < 30; cy++) {
    for (let cx = 0; cx < 60; cx++) {
      let sum = 0;
      for (let y = cy * 21; y < cy * 21 + 21; y++)
        for (let x = cx * 20; x < cx * 20 + 20; x++) sum += grey[y * OG_WIDTH + x]!;
      cells.push(sum / 420);
    }
  }
  return cells;
}

describe("preview images", () => {
  it.each(texts)("look like the reference layout: $title", async (text) => {
    const ours = coarse(ourGrey(text));
    const reference = coarse(await referenceGrey(text));
    const differences = ours.map((value, index) => Math.abs(value - reference[index]!));
    const mean = differences.reduce((sum, d) => sum + d, 0) / differences.length;
    expect(mean).toBeLessThan(2);
    expect(Math.max(...differences)).toBeLessThan(40);
  });

  it("are valid 1200×630 PNG files well under the 100 KB budget", () => {
    const png = renderOgImage(texts[1]!);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(png.length).toBeLessThan(100 * 1024);
  });

  it("wrap long titles at spaces, within the margins, losing no word", () => {
    const face = fontFace(700);
    const title = texts[2]!.title;
    const lines = wrap(face, 52, title, TEXT_WIDTH);
    expect(lines.length).toBe(3);
    expect(lines.join(" ")).toBe(title);
    for (const line of lines) expect(textWidth(face, 52, line)).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it("never break a line at a no-break space, so « ? » stays with its word", () => {
    const face = fontFace(700);
    const lines = wrap(face, 72, "Mes données sont-elles exposées\u202F? Oui", 760);
    expect(lines.every((line) => !line.startsWith("\u202F") && !line.startsWith("?"))).toBe(true);
  });

  it("have a glyph for every character of every title and label the site uses", () => {
    const pagesDir = join(import.meta.dirname, "../../content/pages");
    const titles = readdirSync(pagesDir, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".md"))
      .map((file) => {
        const { data } = splitFrontmatter(readFileSync(join(pagesDir, file), "utf8"), file);
        return String((data as { title: string }).title);
      });
    const labels = [...Object.values(fr), ...Object.values(en)];
    const characters = new Set([...titles, ...labels].join(""));
    const missing = [...characters].filter(
      (char) =>
        !/\s/.test(char) &&
        [400, 700].some((weight) => fontFace(weight as 400 | 700).glyph(char).index === 0),
    );
    expect(missing).toEqual([]);
  });
});
