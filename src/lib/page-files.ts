/**
 * The Markdown page files and the URL each one publishes, read straight from disk for the
 * tools that run outside Astro's collections (sitemap, build checks).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { splitFrontmatter } from "./content-files.ts";
import { langOfPage, urlOfPage } from "./urls.ts";

export interface PageFile {
  id: string;
  /** Path relative to the project root, e.g. `content/pages/fr/faq.md`. */
  file: string;
  url: string;
  lang: string;
  key: string;
}

export function pageFiles(root: string): PageFile[] {
  const pagesDir = join(root, "content", "pages");
  return readdirSync(pagesDir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .map((name) => {
      const path = join(pagesDir, name);
      const id = relative(pagesDir, path).split(sep).join("/").replace(/\.md$/, "");
      const { data } = splitFrontmatter(readFileSync(path, "utf8"), path);
      const file = relative(root, path).split(sep).join("/");
      return {
        id,
        file,
        url: urlOfPage(id),
        lang: langOfPage(id),
        key: (data as { key?: string }).key ?? id,
      };
    });
}
