/**
 * The real ids synthetic pages refer to, read from the project's own content/, so generated
 * pages pass the same checks as written ones (unknown source or category ids fail the build).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export interface CategoryInfo {
  id: string;
  population: "insured" | "professionals" | "both";
  label: string;
  /** URL of its French page, e.g. `/donnees/coordonnees-bancaires/`. */
  url: string;
}

export interface Vocabulary {
  /**
   * The sources of the site's main bibliography (`/sources/`), where a synthetic incident's
   * citations link to: not those listed only on the guided check's or the letter's pages, nor
   * those of the leaks that complete the picture (their own bibliography).
   */
  sourceIds: string[];
  categories: CategoryInfo[];
  /** The categories that have a page of their own: the only ones a link may point to. */
  linkable: CategoryInfo[];
}

interface RawCategory {
  id: string;
  population: CategoryInfo["population"];
  slug: { fr: string };
  label: { fr: string };
}

export function readVocabulary(contentDir: string): Vocabulary {
  const sources = parse(readFileSync(join(contentDir, "sources.yaml"), "utf8")) as {
    id: string;
    scamCheckOnly?: boolean;
    letterOnly?: boolean;
    group?: string;
  }[];
  const categories = parse(readFileSync(join(contentDir, "categories.yaml"), "utf8")) as RawCategory[];
  const all = categories.map((category): CategoryInfo => ({
    id: category.id,
    population: category.population,
    // Labels carry a parenthesis now and then ("État civil (nom, prénom)"); the link text
    // reads better without it.
    label: category.label.fr.replace(/\s*\(.*\)$/, "").toLowerCase(),
    url: `/donnees/${category.slug.fr}/`,
  }));
  const hasPage = (category: RawCategory) =>
    existsSync(join(contentDir, "pages", "fr", "donnees", `${category.slug.fr}.md`));
  return {
    sourceIds: sources
      .filter((source) => !source.scamCheckOnly && !source.letterOnly && source.group === undefined)
      .map((source) => source.id),
    categories: all,
    linkable: all.filter((_, index) => hasPage(categories[index]!)),
  };
}
