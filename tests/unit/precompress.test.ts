/**
 * The build's precompressed files: `.br` and `.gz` beside each text file, that decompress to
 * the file, only where they are smaller; none for images or the host's `_headers`; a rebuild
 * takes unchanged files from the cache.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { precompress } from "../../scripts/precompress.ts";

const scratch = mkdtempSync(join(tmpdir(), "precompress-"));
const site = join(scratch, "site");
const cache = join(scratch, "cache");
const page = "<!doctype html><title>Page</title>" + "<p>Données exposées</p>".repeat(300);
const files: Record<string, string> = {
  "index.html": page,
  "_astro/site.css": "body { margin: 0 }\n".repeat(100),
  "api/v1/incidents.csv": "incident,population\n" + "viamedis-2024,insured\n".repeat(100),
  "images/table.svg": `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M0 0h10v10z"/>'.repeat(100)}</svg>`,
  "robots.txt": "a",
  "og/preview.png": "\x89PNG not text".repeat(100),
  _headers: "/*\n  X-Content-Type-Options: nosniff\n".repeat(50),
};
mkdirSync(join(site, "_astro"), { recursive: true });
for (const folder of ["api/v1", "images", "og"]) mkdirSync(join(site, folder), { recursive: true });
for (const [file, text] of Object.entries(files)) writeFileSync(join(site, file), text);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("precompress", () => {
  it("writes .br and .gz beside each text file, decompressing to the file", async () => {
    const result = await precompress(site, cache);
    expect(result.files).toBe(5);
    for (const file of ["index.html", "_astro/site.css", "api/v1/incidents.csv", "images/table.svg"]) {
      const original = readFileSync(join(site, file));
      const br = readFileSync(join(site, `${file}.br`));
      const gz = readFileSync(join(site, `${file}.gz`));
      expect(brotliDecompressSync(br).equals(original), file).toBe(true);
      expect(gunzipSync(gz).equals(original), file).toBe(true);
      expect(br.length, file).toBeLessThan(gz.length);
    }
  });

  it("writes nothing where compressing does not make the file smaller, nor for images and _headers", () => {
    for (const file of ["robots.txt", "og/preview.png", "_headers"]) {
      expect(existsSync(join(site, `${file}.br`)), file).toBe(false);
      expect(existsSync(join(site, `${file}.gz`)), file).toBe(false);
    }
  });

  it("takes unchanged files from the cache on the next build, and forgets files gone", async () => {
    const before = readFileSync(join(site, "index.html.br"));
    rmSync(join(site, "images/table.svg"));
    rmSync(join(site, "index.html.br"));
    writeFileSync(join(site, "_astro/site.css"), "body { margin: 1px }\n".repeat(100));
    const result = await precompress(site, cache);
    // Only the changed stylesheet is compressed again (Brotli and gzip).
    expect(result.compressed).toBe(2);
    expect(readFileSync(join(site, "index.html.br")).equals(before)).toBe(true);
    // Each content still in the site keeps two entries (.br, .gz); the SVG's are gone.
    expect(readdirSync(cache)).toHaveLength(2 * 4);
  });
});
