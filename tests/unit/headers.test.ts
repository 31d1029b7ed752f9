/**
 * The `_headers` file as static hosts read it: a path's headers are those of every rule that
 * matches it, in file order; `! Name` (Cloudflare Pages' syntax) drops a header an earlier
 * rule set, so that a narrower rule can replace it instead of adding a second value.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { HEADERS_FILE, headersFor, parseHeadersFile, withStyleHashes } from "../../scripts/headers.ts";
import { pageFiles } from "../../src/lib/content/page-files.ts";

const names = (headers: [string, string][]) => headers.map(([name]) => name.toLowerCase());
const valueOf = (headers: [string, string][], name: string) =>
  headers.filter(([header]) => header.toLowerCase() === name.toLowerCase()).map(([, value]) => value);

describe("parseHeadersFile and headersFor", () => {
  const rules = parseHeadersFile(
    ["/*", "  X-Policy: strict", "  X-Other: kept", "/search/", "  ! X-Policy", "  X-Policy: relaxed"].join(
      "\n",
    ),
  );

  it("gives a path every matching rule's headers", () => {
    expect(headersFor("/", rules)).toEqual([
      ["X-Policy", "strict"],
      ["X-Other", "kept"],
    ]);
  });

  it("lets a narrower rule drop a header and set it again, so the path has one value", () => {
    const search = headersFor("/search/", rules);
    expect(valueOf(search, "X-Policy")).toEqual(["relaxed"]);
    expect(valueOf(search, "X-Other")).toEqual(["kept"]);
    expect(names(search).filter((name) => name.startsWith("!"))).toEqual([]);
  });
});

describe("public/_headers", () => {
  const rules = parseHeadersFile(withStyleHashes(readFileSync(HEADERS_FILE, "utf8"), ["p{}"]));
  const csp = (path: string) => valueOf(headersFor(path, rules), "Content-Security-Policy");

  // Where the search pages are, from the content: moving one without its rule fails here.
  const searchPages = pageFiles(resolve(import.meta.dirname, "../.."))
    .filter((page) => page.data["kind"] === "search")
    .map((page) => page.url);

  it("lets the search pages alone compile WebAssembly, each with one policy and the style hash", () => {
    expect(searchPages).toEqual(["/en/search/", "/recherche/"]);
    for (const path of searchPages) {
      expect(csp(path), path).toHaveLength(1);
      expect(csp(path)[0], path).toContain("script-src 'self' 'wasm-unsafe-eval';");
      expect(csp(path)[0], path).toMatch(/style-src 'self' 'sha256-/);
    }
    for (const path of ["/", "/en/", "/incidents/viamedis-2024/", "/recherche/autre/"]) {
      expect(csp(path), path).toHaveLength(1);
      expect(csp(path)[0], path).not.toContain("wasm-unsafe-eval");
      expect(csp(path)[0], path).toMatch(/style-src 'self' 'sha256-/);
    }
  });
});
