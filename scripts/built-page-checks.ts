/**
 * The checks that read one built page at a time (markup, French typography, general
 * statements), with what the site-wide checks need from each page (its ids, links and
 * styles: `SiteScan`). What they find on a page is kept in `.cache/built-page-checks/` under a hash
 * of the page's address and HTML and of everything else they depend on (`version`: their
 * code, the packages, the incidents' facts), so a rebuild parses and checks only the pages
 * whose HTML changed. At 1,000 incidents the parse and the checks took about 4.5 s of the
 * build: a rebuild after one edit spent them on pages nobody had touched.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeCacheFile } from "../src/lib/build/cache-dir.ts";
import { builtHtmlFiles, scanHtml, type BuiltFile, type PageScan } from "../src/lib/outputs/built-site.ts";
import { markupFaults } from "../src/lib/outputs/markup-check.ts";
import { frenchTypographyFaults } from "../src/lib/text/typography.ts";
import type { ClaimProblem } from "../src/lib/facts/claims.ts";

/** A page's scan without the texts only the per-page checks read. */
export type SiteScan = Omit<PageScan, "frenchText" | "jsonScripts">;

export interface PageFindings {
  scan: SiteScan;
  /** Markup faults (`markupFaults`). */
  markup: string[];
  /** French typography faults (`frenchTypographyFaults`), each once. */
  typography: string[];
  /** Unscoped or contradicted general statements (empty on pages not reviewed). */
  claims: ClaimProblem[];
}

export interface PageCheckOptions {
  /** The cache folder; files no page used in this run are removed. */
  cacheDir: string;
  /** Changes whenever anything the checks depend on besides the page does. */
  version: string;
  /** The general-statement check of one page (`[]` for pages it does not read). */
  claimsOf: (url: string, html: string) => ClaimProblem[];
}

export function findingsOf(
  html: string,
  built: BuiltFile,
  claimsOf: PageCheckOptions["claimsOf"],
): PageFindings {
  const { frenchText, jsonScripts, ...scan } = scanHtml(html, built);
  return {
    scan,
    markup: markupFaults({ ids: scan.ids, jsonScripts }),
    typography: [...new Set(frenchText.flatMap(frenchTypographyFaults))],
    claims: claimsOf(built.url, html),
  };
}

/** Every HTML page of a built site, checked, from the cache where its HTML is unchanged. */
export function checkPages(
  siteDir: string,
  { cacheDir, version, claimsOf }: PageCheckOptions,
): PageFindings[] {
  mkdirSync(cacheDir, { recursive: true });
  const used = new Set<string>();
  const findings = builtHtmlFiles(siteDir).map((built) => {
    const html = readFileSync(join(siteDir, built.file), "utf8");
    const name = `${createHash("sha256").update(version).update(built.url).update(html).digest("hex").slice(0, 32)}.json`;
    used.add(name);
    const file = join(cacheDir, name);
    if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as PageFindings;
    const found = findingsOf(html, built, claimsOf);
    writeCacheFile(file, JSON.stringify(found));
    return found;
  });
  for (const name of readdirSync(cacheDir)) {
    if (!used.has(name)) rmSync(join(cacheDir, name), { force: true });
  }
  return findings;
}
