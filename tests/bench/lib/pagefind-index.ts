/** What Pagefind wrote for a built site: pages indexed (all languages) and size on disk. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { folderSize } from "./sizes.ts";

export function pagefindIndex(dist: string): {
  pagesIndexed: number;
  indexBytes: number;
  indexFiles: number;
} {
  const entry = JSON.parse(readFileSync(join(dist, "pagefind", "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  const size = folderSize(join(dist, "pagefind"));
  return {
    pagesIndexed: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0),
    indexBytes: size.bytes,
    indexFiles: size.files,
  };
}
