/**
 * Ids that other content files may refer to (sources, data categories, incidents). Schemas
 * check references against these lists, so a typo fails the build with the bad id named.
 *
 * Each list is read once and read again only when its file or folder changed (its
 * modification time) since the last `refreshVocabulary()`, which each loader run and each
 * reading of the site model calls first: checking 10,000 references costs no read and no
 * `stat` (at 10,000 incidents, one `stat` per reference took 1.5 s of the content sync), and
 * `astro dev` still sees an id added while it runs.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Vocabulary } from "../../schemas/common.ts";
import { BUILD_DAY } from "../build/clock.ts";
import { ContentError, readYaml } from "./files.ts";

export const CONTENT_DIR = join(process.cwd(), "content");

function idsOfList(file: string): string[] {
  const list = readYaml(file);
  if (!Array.isArray(list)) throw new ContentError(file, "expected a YAML list of entries");
  return list.map((entry: unknown, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== "string") throw new ContentError(file, `entry ${index + 1}: field "id" is missing`);
    return id;
  });
}

function idsOfFolder(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => name.replace(/\.yaml$/, ""));
}

let generation = 0;

/** The next lookup of each list checks again whether its file or folder changed. */
export function refreshVocabulary(): void {
  generation += 1;
}

/** A value read from a path, kept until the path's modification time changes. */
function cachedByMtime<T>(path: string, read: (path: string) => T): () => T {
  let cached: { mtime: number; value: T; checked: number } | undefined;
  return () => {
    if (cached?.checked === generation) return cached.value;
    const mtime = statSync(path).mtimeMs;
    if (cached?.mtime !== mtime) cached = { mtime, value: read(path), checked: generation };
    cached.checked = generation;
    return cached.value;
  };
}

const sourceList = cachedByMtime(join(CONTENT_DIR, "sources.yaml"), (file) => idsOfList(file));
const categoryList = cachedByMtime(join(CONTENT_DIR, "categories.yaml"), (file) => new Set(idsOfList(file)));
const incidentList = cachedByMtime(join(CONTENT_DIR, "incidents"), (dir) => new Set(idsOfFolder(dir)));
const sourceSet = cachedByMtime(join(CONTENT_DIR, "sources.yaml"), () => new Set(sourceList()));
const numbers = cachedByMtime(
  join(CONTENT_DIR, "sources.yaml"),
  () => new Map(sourceList().map((id, index) => [id, index + 1])),
);

export function knownSourceIds(): ReadonlySet<string> {
  return sourceSet();
}

/** Each source's number on every page: its position in the bibliography, from 1. */
export function sourceNumbers(): ReadonlyMap<string, number> {
  return numbers();
}

export function knownCategoryIds(): ReadonlySet<string> {
  return categoryList();
}

export function knownIncidentIds(): ReadonlySet<string> {
  return incidentList();
}

/** The vocabulary of `content/`, which the collections' schemas check entries against. */
export const contentVocabulary: Vocabulary = {
  sourceIds: knownSourceIds,
  categoryIds: knownCategoryIds,
  incidentIds: knownIncidentIds,
  today: BUILD_DAY,
};
