/**
 * Page-weight budget of the built site (`npm run budget`, and a browser test): for each
 * content page, HTML + CSS ≤ 14 KB gzip (the first TCP round trip) and scripts loaded at page start,
 * with the modules they import statically, ≤ 3 KB gzip; link-preview images ≤ 100 KB; the downloadable table images (`/images/`, never
 * loaded by a page) ≤ 250 KB. Prints a table; exits 1 when a budget is blown.
 * `node scripts/check-budget.ts [dir]`.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, posix, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { scanSite } from "../src/lib/outputs/built-site.ts";

export const BUDGET = {
  htmlAndCss: 14 * 1024,
  // 2 KB until the check counted statically imported chunks: Vite's preload helper (0.9 KB,
  // which it cannot be told to leave out, vitejs/vite#18551) on the pages that load code later,
  // and the menu's shared module. What must load later (search, the chooser) is held by the
  // browser tests that watch its requests, not by this figure.
  startupScripts: 3 * 1024,
  previewImage: 100 * 1024,
  downloadImage: 250 * 1024,
};

/** The byte budget of a built image: downloads are not part of any page's weight. */
export const imageBudget = (path: string) =>
  path.startsWith("/images/") ? BUDGET.downloadImage : BUDGET.previewImage;

export interface PageWeight {
  url: string;
  html: number;
  css: number;
  js: number;
  over: string[];
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

export function measure(siteDir: string): { pages: PageWeight[]; images: { path: string; bytes: number }[] } {
  // A stylesheet is shared by every page: compress it once.
  const assetSizes = new Map<string, number>();
  const sizeOf = (path: string) => {
    let size = assetSizes.get(path);
    if (size === undefined) assetSizes.set(path, (size = gz(readFileSync(join(siteDir, path)))));
    return size;
  };
  // A page's first script starts only once the modules it imports statically have arrived
  // (a shared chunk such as the menu's handler): they count. `import("…")` loads later: it does not.
  const importsOf = new Map<string, string[]>();
  const staticImports = (path: string) => {
    let found = importsOf.get(path);
    if (!found) {
      const code = readFileSync(join(siteDir, path), "utf8");
      found = [...code.matchAll(/\bimport\s*(?:[^"'()]*?\bfrom\s*)?["']([^"']+)["']/g)].map((match) =>
        posix.join(posix.dirname(path), match[1]!),
      );
      importsOf.set(path, found);
    }
    return found;
  };
  const withImports = (entries: readonly string[]) => {
    const all = new Set<string>();
    const visit = (path: string) => {
      if (all.has(path)) return;
      all.add(path);
      staticImports(path).forEach(visit);
    };
    entries.forEach(visit);
    return [...all];
  };
  const pages = scanSite(siteDir).map((scan) => {
    const weight = {
      url: scan.url,
      html: gz(readFileSync(join(siteDir, scan.file))),
      css: scan.stylesheets.reduce((sum, path) => sum + sizeOf(path), 0),
      js: withImports(scan.scripts).reduce((sum, path) => sum + sizeOf(path), 0),
    };
    const over = [
      ...(weight.html + weight.css > BUDGET.htmlAndCss ? ["HTML+CSS"] : []),
      ...(weight.js > BUDGET.startupScripts ? ["JS"] : []),
    ];
    return { ...weight, over };
  });
  const images = readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".png"))
    .map((file) => ({ path: `/${file}`, bytes: readFileSync(join(siteDir, file)).length }));
  return { pages, images };
}

if (process.argv[1] === import.meta.filename) {
  const { pages, images } = measure(resolve(process.argv[2] ?? join(import.meta.dirname, "../dist")));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`.padStart(6);
  console.log(
    `${"page".padEnd(48)} ${"HTML".padStart(6)} ${"CSS".padStart(6)} ${"H+C".padStart(6)} ${"JS".padStart(6)}  KB gzip`,
  );
  for (const page of pages) {
    const flag = page.over.length > 0 ? `  OVER: ${page.over.join(", ")}` : "";
    console.log(
      `${page.url.padEnd(48)} ${kb(page.html)} ${kb(page.css)} ${kb(page.html + page.css)} ${kb(page.js)}${flag}`,
    );
  }
  const heavyImages = images.filter((image) => image.bytes > imageBudget(image.path));
  for (const [name, budget] of [
    ["Preview images", BUDGET.previewImage],
    ["Downloadable images", BUDGET.downloadImage],
  ] as const) {
    const these = images.filter((image) => imageBudget(image.path) === budget);
    const largest = Math.max(0, ...these.map((image) => image.bytes));
    console.log(`${name}: ${these.length}, largest ${kb(largest).trim()} KB (budget ${budget / 1024} KB).`);
  }
  for (const image of heavyImages) console.log(`  OVER: ${image.path} ${kb(image.bytes)} KB`);
  const failures = pages.filter((page) => page.over.length > 0).length + heavyImages.length;
  console.log(failures === 0 ? "Budget: every page within budget." : `Budget: ${failures} over budget.`);
  process.exit(failures === 0 ? 0 : 1);
}
