/**
 * The real ids synthetic pages refer to, read from the project's own content/, so generated
 * pages pass the same checks as written ones (unknown source or category ids fail the build).
 */
import { readFileSync } from "node:fs";
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
  sourceIds: string[];
  categories: CategoryInfo[];
}

interface RawCategory {
  id: string;
  population: CategoryInfo["population"];
  slug: { fr: string };
  label: { fr: string };
}

export function readVocabulary(contentDir: string): Vocabulary {
  const sources = parse(readFileSync(join(contentDir, "sources.yaml"), "utf8")) as { id: string }[];
  const categories = parse(readFileSync(join(contentDir, "categories.yaml"), "utf8")) as RawCategory[];
  return {
    sourceIds: sources.map((source) => source.id),
    categories: categories.map((category) => ({
      id: category.id,
      population: category.population,
      // Labels carry a parenthesis now and then ("État civil (nom, prénom)"); the link text
      // reads better without it.
      label: category.label.fr.replace(/\s*\(.*\)$/, "").toLowerCase(),
      url: `/donnees/${category.slug.fr}/`,
    })),
  };
}
