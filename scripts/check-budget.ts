/**
 * Page-weight budget of the built site (PRODUCT.md "Quality bars"): for each content page,
 * HTML + CSS ≤ 14 KB gzip (the first TCP round trip) and scripts loaded at page start
 * ≤ 2 KB gzip; link-preview images ≤ 100 KB. Prints a table; exits 1 when a budget is blown.
 * `node scripts/check-budget.ts [dir]`.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "parse5";

export const BUDGET = { htmlAndCss: 14 * 1024, startupScripts: 2 * 1024, previewImage: 100 * 1024 };

/**
 * Pages allowed more HTML+CSS, each with its reason. The FAQ holds 50 answers, the sources
 * they cite, and the same answers again as FAQPage structured data.
 */
export const HTML_AND_CSS_EXCEPTIONS: Record<string, { budget: number; reason: string }> = {
  "/faq/": { budget: 18 * 1024, reason: "50 questions with sources and FAQPage JSON-LD" },
  "/en/faq/": { budget: 18 * 1024, reason: "50 questions with sources and FAQPage JSON-LD" },
};

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

export interface PageWeight {
  url: string;
  html: number;
  css: number;
  js: number;
  over: string[];
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

function assetsOf(node: Node, found: { css: string[]; js: string[] } = { css: [], js: [] }) {
  if (node.nodeName === "link" && attr(node, "rel") === "stylesheet")
    found.css.push(attr(node, "href") ?? "");
  if (node.nodeName === "script" && attr(node, "src")) found.js.push(attr(node, "src") ?? "");
  for (const child of node.childNodes ?? []) assetsOf(child, found);
  return found;
}

export function measure(siteDir: string): { pages: PageWeight[]; images: { path: string; bytes: number }[] } {
  const files = readdirSync(siteDir, { recursive: true, encoding: "utf8" });
  const pages = files
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"))
    .sort()
    .map((file) => {
      const html = readFileSync(join(siteDir, file));
      const assets = assetsOf(parse(html.toString("utf8")) as unknown as Node);
      const size = (paths: string[]) =>
        paths.reduce((sum, path) => sum + gz(readFileSync(join(siteDir, path))), 0);
      const weight = {
        url: `/${file}`.replace(/index\.html$/, ""),
        html: gz(html),
        css: size(assets.css),
        js: size(assets.js),
      };
      const htmlAndCssBudget = HTML_AND_CSS_EXCEPTIONS[weight.url]?.budget ?? BUDGET.htmlAndCss;
      const over = [
        ...(weight.html + weight.css > htmlAndCssBudget ? ["HTML+CSS"] : []),
        ...(weight.js > BUDGET.startupScripts ? ["JS"] : []),
      ];
      return { ...weight, over };
    });
  const images = files
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
    const exception = HTML_AND_CSS_EXCEPTIONS[page.url];
    const note = exception ? `  (allowed ${exception.budget / 1024} KB: ${exception.reason})` : "";
    const flag = page.over.length > 0 ? `  OVER: ${page.over.join(", ")}` : note;
    console.log(
      `${page.url.padEnd(48)} ${kb(page.html)} ${kb(page.css)} ${kb(page.html + page.css)} ${kb(page.js)}${flag}`,
    );
  }
  const heavyImages = images.filter((image) => image.bytes > BUDGET.previewImage);
  const largest = Math.max(...images.map((image) => image.bytes));
  console.log(
    `Preview images: ${images.length}, largest ${kb(largest).trim()} KB (budget ${BUDGET.previewImage / 1024} KB).`,
  );
  for (const image of heavyImages) console.log(`  OVER: ${image.path} ${kb(image.bytes)} KB`);
  const failures = pages.filter((page) => page.over.length > 0).length + heavyImages.length;
  console.log(failures === 0 ? "Budget: every page within budget." : `Budget: ${failures} over budget.`);
  process.exit(failures === 0 ? 0 : 1);
}
