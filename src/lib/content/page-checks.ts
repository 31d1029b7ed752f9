/**
 * Checks across all Markdown pages, run by the loader once every page is read: each names
 * the file(s) at fault. Pure, so each rule is unit-tested.
 */
import type { FactBlock } from "../markdown/fact-blocks.ts";
import type { Heading } from "../markdown/render.ts";
import { urlOfPage } from "../text/urls.ts";
import { NAME_PROBLEM, isName } from "../../schemas/common.ts";

export interface PageFacts {
  file: string;
  id: string;
  lang: string;
  key: string;
  kind: string;
  incident?: string | undefined;
  category?: string | undefined;
  citations: string[];
  links: string[];
  factBlocks: readonly FactBlock[];
}

/** Addresses built from code rather than from a page file. */
const GENERATED = /^\/(api\/v1\/incidents\.(json|csv|schema\.json)|sitemap-index\.xml|robots\.txt)$/;

export function checkPages(pages: PageFacts[], categoryIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    for (const block of page.factBlocks) {
      if (block.name === "exposure" && !categoryIds.has(block.argument ?? "")) {
        problems.push(
          `${page.file}: "::facts exposure ${block.argument ?? ""}": unknown data category (not in content/categories.yaml)`,
        );
      }
    }
  }
  const urls = new Set(pages.map((page) => urlOfPage(page.id)));
  const seen = new Map<string, PageFacts>();
  for (const page of pages) {
    const other = seen.get(`${page.lang}|${page.key}`);
    if (other) problems.push(`${page.file}: key "${page.key}" is already used by ${other.file}`);
    seen.set(`${page.lang}|${page.key}`, page);

    for (const link of page.links) {
      const path = link.split(/[?#]/)[0] ?? "";
      const feed = path.endsWith("/atom.xml") && urls.has(path.slice(0, -"atom.xml".length));
      if (!urls.has(path) && !feed && !GENERATED.test(path)) {
        problems.push(`${page.file}: link to ${link}, but no page has the address ${path}`);
      }
    }
  }

  // A translation shows the same facts: same incident or category, same sources cited.
  for (const page of pages.filter((candidate) => candidate.lang !== "fr")) {
    const original = seen.get(`fr|${page.key}`);
    if (!original) continue;
    if (page.incident !== original.incident || page.category !== original.category) {
      problems.push(
        `${page.file}: is about ${page.incident ?? page.category}, but ${original.file} is about ${original.incident ?? original.category}`,
      );
    }
    const mine = new Set(page.citations);
    const theirs = new Set(original.citations);
    const missing = [...theirs].filter((id) => !mine.has(id));
    const extra = [...mine].filter((id) => !theirs.has(id));
    if (missing.length + extra.length > 0) {
      const detail = [
        ...(missing.length ? [`does not cite ${missing.join(", ")}`] : []),
        ...(extra.length ? [`cites ${extra.join(", ")} in addition`] : []),
      ].join(" and ");
      problems.push(`${page.file}: the translation of ${original.file} ${detail}: its facts differ`);
    }
  }
  return problems;
}

/** A glossary's terms are its level-3 headings: search suggests them (« did you mean »). */
export const isGlossaryTerm = (heading: Heading): boolean => heading.depth === 3;

/** A glossary term is a name, written into the search page's script data. */
export function glossaryTermProblems(kind: string, headings: readonly Heading[]): string[] {
  if (kind !== "glossary") return [];
  return headings
    .filter((heading) => isGlossaryTerm(heading) && !isName(heading.text))
    .map((heading) => `glossary term ${JSON.stringify(heading.text)} (#${heading.slug}): ${NAME_PROBLEM}`);
}
