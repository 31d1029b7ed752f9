/**
 * Pagefind's runtime after the build shrinks it: the script behaves the same and the
 * WebAssembly decompresses to the same bytes, in fewer bytes than before; files readers never
 * load are left alone, and Zopfli's work is reused from the cache.
 */
import { gzipAsync } from "@gfx/zopfli";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, expect, it } from "vitest";
import {
  minifiedScript,
  recompressed,
  removeUnusedFiles,
  shrinkSearchRuntime,
} from "../../src/lib/outputs/search-runtime.ts";

const folders: string[] = [];
const folder = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "search-runtime-"));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const SCRIPT = `
export function describeResults(resultCount, searchedQuery) {
  const readableCount = resultCount === 1 ? "one result" : resultCount + " results";
  return readableCount + " for " + searchedQuery;
}
`;
// Text with repeats far apart, like a WebAssembly module's tables: where Zopfli beats zlib.
const PAYLOAD = Buffer.from(
  Array.from({ length: 4000 }, (_, index) => `entry ${index % 97} value ${(index * 7919) % 1013};`).join(""),
);

it("minifies the script without changing what it does", async () => {
  const minified = await minifiedScript(SCRIPT);
  expect(minified).toBeDefined();
  expect(minified!.length).toBeLessThan(SCRIPT.length);
  const module = (await import(`data:text/javascript,${encodeURIComponent(minified!)}`)) as {
    describeResults: (count: number, query: string) => string;
  };
  expect(module.describeResults(1, "rib")).toBe("one result for rib");
  expect(module.describeResults(3, "cnil")).toBe("3 results for cnil");
});

it("recompresses gzip into a smaller stream of the same bytes, then reuses it", async () => {
  const cache = folder();
  const original = gzipSync(PAYLOAD, { level: 9 });
  const zopfli = (raw: Uint8Array): Promise<Uint8Array> => gzipAsync(raw, { numiterations: 3 });
  const smaller = await recompressed(original, zopfli, cache);
  expect(smaller).toBeDefined();
  expect(smaller!.length).toBeLessThan(original.length);
  expect(gunzipSync(smaller!).equals(PAYLOAD)).toBe(true);

  // A second build reads the cache: a marked cache entry proves Zopfli did not run again.
  const [entry] = readdirSync(cache);
  const marked = gzipSync(Buffer.from("from the cache"), { level: 9 });
  writeFileSync(join(cache, entry!), marked);
  expect(Buffer.from((await recompressed(original, zopfli, cache))!).equals(marked)).toBe(true);
});

it("shrinks the script and each language's WebAssembly (on worker threads), and nothing else", async () => {
  const dir = folder();
  const wasm = gzipSync(PAYLOAD, { level: 9 });
  writeFileSync(join(dir, "pagefind.js"), SCRIPT);
  for (const name of ["wasm.fr.pagefind", "wasm.en.pagefind", "wasm.unknown.pagefind"]) {
    writeFileSync(join(dir, name), wasm);
  }
  const savings = await shrinkSearchRuntime(dir, folder());
  expect(savings.map((saving) => saving.file).sort()).toEqual([
    "pagefind.js",
    "wasm.en.pagefind",
    "wasm.fr.pagefind",
  ]);
  for (const saving of savings) expect(saving.after).toBeLessThan(saving.before);
  expect(readFileSync(join(dir, "wasm.unknown.pagefind")).equals(wasm)).toBe(true);
  expect(gunzipSync(readFileSync(join(dir, "wasm.fr.pagefind"))).equals(PAYLOAD)).toBe(true);
});

it("keeps what the site's search loads and removes Pagefind's ready-made interfaces and worker", () => {
  const dir = folder();
  const used = [
    "pagefind.js",
    "pagefind-entry.json",
    "wasm.fr.pagefind",
    "wasm.en.pagefind",
    "wasm.unknown.pagefind",
    "pagefind.fr_baf364acf8.pf_meta",
  ];
  const unused = [
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-highlight.js",
    "pagefind-worker.js",
  ];
  for (const file of [...used, ...unused]) writeFileSync(join(dir, file), file);
  for (const folderName of ["index", "fragment", "filter"]) mkdirSync(join(dir, folderName));
  const removed = removeUnusedFiles(dir);
  expect(removed.map(({ file }) => file).sort()).toEqual([...unused].sort());
  expect(readdirSync(dir).sort()).toEqual([...used, "index", "fragment", "filter"].sort());
});
