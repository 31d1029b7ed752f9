/**
 * The two editions stay in step: every page exists in French and English (paired by `key`)
 * unless it is explicitly marked `notTranslated`, and paired pages agree on the facts they
 * show (same incident, same category, same citations).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "../../src/lib/content/files.ts";
import { en } from "../../src/i18n/en.ts";
import { fr } from "../../src/i18n/fr.ts";

const PAGES = join(import.meta.dirname, "../../content/pages");

interface PageFile {
  id: string;
  lang: string;
  data: { key: string; kind: string; incident?: string; category?: string; notTranslated?: boolean };
  citations: string[];
}

const pages: PageFile[] = readdirSync(PAGES, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".md"))
  .map((file) => {
    const text = readFileSync(join(PAGES, file), "utf8");
    const { data, body } = splitFrontmatter(text, file);
    const id = relative(PAGES, join(PAGES, file)).split(sep).join("/").replace(/\.md$/, "");
    const citations = [
      ...`${(data as { summary?: string }).summary ?? ""}\n${body}`.matchAll(/\[@([^\]]+)\]/g),
    ].flatMap((match) => match[1]!.split(/[;,]/).map((id) => id.trim().replace(/^@/, "")));
    return { id, lang: id.split("/")[0]!, data: data as PageFile["data"], citations };
  });

const byKey = (lang: string) => new Map(pages.filter((p) => p.lang === lang).map((p) => [p.data.key, p]));
const french = byKey("fr");
const english = byKey("en");

describe("French and English editions", () => {
  it("have every page in both languages, unless marked notTranslated", () => {
    const missing = [
      ...[...french.values()]
        .filter((p) => !english.has(p.data.key) && !p.data.notTranslated)
        .map((p) => `en for ${p.id}`),
      ...[...english.values()]
        .filter((p) => !french.has(p.data.key) && !p.data.notTranslated)
        .map((p) => `fr for ${p.id}`),
    ];
    expect(missing).toEqual([]);
  });

  it("pair pages of the same kind, about the same incident or data category", () => {
    for (const [key, page] of french) {
      const other = english.get(key);
      if (!other) continue;
      expect([other.data.kind, other.data.incident, other.data.category], key).toEqual([
        page.data.kind,
        page.data.incident,
        page.data.category,
      ]);
    }
  });

  it("cite the same sources on paired pages, so no fact differs between languages", () => {
    for (const [key, page] of french) {
      const other = english.get(key);
      if (!other) continue;
      expect([...new Set(other.citations)].sort(), key).toEqual([...new Set(page.citations)].sort());
    }
  });

  it("have the same UI string keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });
});
