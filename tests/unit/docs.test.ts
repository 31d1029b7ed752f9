/**
 * The maps a newcomer reads match the code: every file the README names exists, the README's
 * project map names every folder of `src/lib/` and every browser script, and no comment of the
 * code points at a file that is not there (four once cited a spec the repository never held).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const SKIPPED = new Set(["node_modules", "dist", ".git", ".cache", "test-results", "playwright-report"]);

function filesUnder(folder: string): string[] {
  const path = join(ROOT, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name) || entry.name.startsWith(".dist")) return [];
    const relative = `${folder}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(relative) : [relative];
  });
}

const CODE_FOLDERS = ["src", "scripts"];
const codeFiles = [...CODE_FOLDERS.flatMap(filesUnder), "astro.config.mjs"];
const repoFiles = ["src", "scripts", "tests", "content", "public", ".ci"].flatMap(filesUnder);
const knownNames = new Set([...repoFiles.map((file) => basename(file)), ...readdirSync(ROOT)]);
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
/** Files the build writes, which the README names as a reader of `dist/` sees them. */
const BUILT = new Set(["incidents.schema.json"]);

const exists = (path: string) => existsSync(join(ROOT, path.replace(/\/$/, "")));

describe("the README", () => {
  it("names only files that exist", () => {
    const named = [...readme.matchAll(/`([\w./-]+\.(?:ts|mjs|js|css|astro|json|yaml|md))`/g)]
      .map((match) => match[1]!)
      .filter((name) => !name.startsWith("/") && !BUILT.has(name));
    expect(named.length).toBeGreaterThan(50);
    const missing = named.filter((name) => (name.includes("/") ? !exists(name) : !knownNames.has(name)));
    expect(missing).toEqual([]);
  });

  it("maps every folder of src/lib/, every browser script and every page stylesheet", () => {
    const folders = readdirSync(join(ROOT, "src/lib")).map((name) => `src/lib/${name}/`);
    const scripts = readdirSync(join(ROOT, "src/client")).filter((name) => name.endsWith(".ts"));
    const unmapped = [...folders, ...scripts, "src/styles/pages/"].filter((name) => !readme.includes(name));
    expect(unmapped).toEqual([]);
  });
});

describe("comments in the code", () => {
  it("point only at files and folders that exist", () => {
    const pathPattern = /(?<![\w./-])((?:src|scripts|tests|content|public)\/[\w./-]*\w)/g;
    const docPattern = /(?<![\w/-])([A-Z][A-Z-]+\.md)\b/g;
    const broken = codeFiles.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), "utf8");
      const paths = [...text.matchAll(pathPattern)].map((match) => match[1]!).filter((path) => !exists(path));
      const docs = [...text.matchAll(docPattern)]
        .map((match) => match[1]!)
        .filter((name) => !knownNames.has(name));
      return [...paths, ...docs].map((target) => `${file} → ${target}`);
    });
    expect(broken).toEqual([]);
  });
});
