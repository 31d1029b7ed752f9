/**
 * The per-page checks of the build and their cache (`scripts/built-page-checks.ts`): what they find
 * on a page, and that a page whose HTML did not change is not checked again, while any other
 * change (the page, the version of what the checks depend on) checks it afresh.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkPages, findingsOf } from "../../scripts/built-page-checks.ts";

const page = (body: string) =>
  `<!doctype html><html lang="fr"><head><title>t</title></head><body>${body}</body></html>`;
let dirs: string[] = [];
function site(pages: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "built-page-checks-"));
  dirs.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(dir, "site", file, ".."), { recursive: true });
    writeFileSync(join(dir, "site", file), html);
  }
  return { siteDir: join(dir, "site"), cacheDir: join(dir, "cache") };
}
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

describe("what the page checks find", () => {
  it("collects markup and typography faults, each once, and the general statements' problems", () => {
    const html = page(`<p id="a">Un "mot" et un "mot".</p><h2 id="a">Titre</h2>`);
    const found = findingsOf(html, { file: "x/index.html", url: "/x/" }, (url, text) => [
      { sentence: `${url} ${text.length}`, problem: "p" },
    ]);
    expect(found.scan).toMatchObject({ url: "/x/", ids: ["a", "a"], anchorIds: ["a"] });
    expect(found.scan).not.toHaveProperty("frenchText");
    expect(found.markup).toEqual(['id "a" is used by 2 elements']);
    expect(found.typography).toHaveLength(1);
    expect(found.claims).toEqual([{ sentence: `/x/ ${html.length}`, problem: "p" }]);
  });
});

describe("the cache of the page checks", () => {
  const claimsOf = () => [];

  it("checks a page again only when its HTML or the version changed, and forgets the rest", () => {
    const dirs = site({ "a/index.html": page("<p>A</p>"), "b/index.html": page("<p>B</p>") });
    const run = (version: string) => checkPages(dirs.siteDir, { ...dirs, version, claimsOf });
    expect(run("v1").map(({ scan }) => scan.url)).toEqual(["/a/", "/b/"]);
    const cached = readdirSync(dirs.cacheDir);
    expect(cached).toHaveLength(2);
    // Findings planted in the cache come back: the unchanged pages were not parsed again.
    for (const name of cached) {
      const file = join(dirs.cacheDir, name);
      const findings = JSON.parse(readFileSync(file, "utf8"));
      writeFileSync(file, JSON.stringify({ ...findings, markup: ["from the cache"] }));
    }
    expect(run("v1").map(({ markup }) => markup)).toEqual([["from the cache"], ["from the cache"]]);

    writeFileSync(join(dirs.siteDir, "b/index.html"), page('<p id="x">B</p><p id="x">B</p>'));
    expect(run("v1").map(({ markup }) => markup)).toEqual([
      ["from the cache"],
      ['id "x" is used by 2 elements'],
    ]);
    expect(readdirSync(dirs.cacheDir)).toHaveLength(2);

    expect(run("v2").map(({ markup }) => markup)).toEqual([[], ['id "x" is used by 2 elements']]);
    expect(readdirSync(dirs.cacheDir)).toHaveLength(2);
  });
});
