/**
 * The list of pages to test, read from the build output rather than kept by hand, so a new
 * page is tested the moment it is built.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const DIST = resolve(import.meta.dirname, "../../dist");

export function builtPages(): string[] {
  const files = readdirSync(DIST, { recursive: true, encoding: "utf8" }).filter((file) =>
    file.endsWith(".html"),
  );
  if (files.length === 0) throw new Error("dist/ has no HTML page: run `npm run build` first");
  return (
    files
      .map((file) => "/" + file.split("\\").join("/"))
      .map((file) => (file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file))
      .filter((url) => !url.startsWith("/pagefind/"))
      // Short addresses kept as redirects (content/permalinks.json) are not pages.
      .filter(
        (url) =>
          !/http-equiv="refresh"/.test(
            readFileSync(join(DIST, url.endsWith(".html") ? url : `${url}index.html`), "utf8"),
          ),
      )
      .sort()
  );
}

export const DIST_DIR = DIST;
export { join };
