/**
 * The Markdown page files and the URL each one publishes, read straight from disk: by the
 * page loader, and by the tools that run outside Astro's collections (sitemap, build checks,
 * preview images).
 */
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Lang } from "../../i18n/langs.ts";
import { langOfPage, urlOfPage } from "../text/urls.ts";
import { readContentFile, splitFrontmatter } from "./files.ts";

/** Every `.md` file under a folder, sorted. */
export function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .map((name) => join(dir, name))
    .sort();
}

/** The page id of a Markdown file: its path under `content/pages/`, without extension. */
export function pageIdOf(pagesDir: string, file: string): string {
  return relative(pagesDir, file).split(sep).join("/").replace(/\.md$/, "");
}

export interface PageFile {
  id: string;
  /** Path relative to the project root, e.g. `content/pages/fr/faq.md`. */
  file: string;
  url: string;
  lang: Lang;
  key: string;
  /** The frontmatter as written (not validated: the build validates it). */
  data: Record<string, unknown>;
}

export function pageFiles(root: string): PageFile[] {
  const pagesDir = join(root, "content", "pages");
  return markdownFiles(pagesDir).map((path) => {
    const id = pageIdOf(pagesDir, path);
    const data = (splitFrontmatter(readContentFile(path), path).data ?? {}) as Record<string, unknown>;
    return {
      id,
      file: relative(root, path).split(sep).join("/"),
      url: urlOfPage(id),
      lang: langOfPage(id),
      key: typeof data["key"] === "string" ? data["key"] : id,
      data,
    };
  });
}
