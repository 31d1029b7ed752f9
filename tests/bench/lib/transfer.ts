/**
 * Bytes a page downloads, by kind, raw and gzipped. Playwright hands over each body decoded,
 * so "gzip" is each response body gzipped (level 9), as a compressing host would send it.
 * Pagefind's index, fragment and WebAssembly files are stored gzipped already: for them the
 * stored size is both figures, as in tests/e2e/search-metrics.spec.ts.
 */
import { gzipSync } from "node:zlib";
import type { Page, Response } from "@playwright/test";

export type Kind = "html" | "css" | "js" | "other";

export interface Transfer {
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

const PRECOMPRESSED = /\.(pagefind|pf_index|pf_fragment|pf_meta|pf_filter)$/;

function kindOf(response: Response): Kind {
  const type = response.request().resourceType();
  if (type === "document") return "html";
  if (type === "stylesheet") return "css";
  if (type === "script") return "js";
  return "other";
}

/** Starts recording; the returned list fills as responses arrive. */
export function recordTransfers(page: Page): { transfers: Transfer[]; settled: () => Promise<void> } {
  const transfers: Transfer[] = [];
  const pending: Promise<void>[] = [];
  // Each address counts once: when a page asks again for a file it already has, the browser
  // answers from its cache (Chromium asks for the icon again each time a page changes its own
  // address, which the search page does as the reader types), but Playwright still reports it.
  const seen = new Set<string>();
  page.on("response", (response) => {
    if (response.status() < 200 || response.status() >= 300) return;
    if (seen.has(response.url())) return;
    seen.add(response.url());
    pending.push(
      response
        .body()
        .then((body) => {
          const path = new URL(response.url()).pathname;
          const gzip = PRECOMPRESSED.test(path) ? body.length : gzipSync(body, { level: 9 }).length;
          transfers.push({ path, kind: kindOf(response), raw: body.length, gzip });
        })
        .catch(() => undefined), // a body the page navigated away from is not counted
    );
  });
  return { transfers, settled: async () => void (await Promise.all(pending)) };
}

export interface Weight {
  html: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  js: { raw: number; gzip: number };
  other: { raw: number; gzip: number };
  total: { raw: number; gzip: number };
  files: number;
}

export function weightOf(transfers: Transfer[]): Weight {
  const sum = (kind?: Kind) =>
    transfers
      .filter((transfer) => kind === undefined || transfer.kind === kind)
      .reduce((total, transfer) => ({ raw: total.raw + transfer.raw, gzip: total.gzip + transfer.gzip }), {
        raw: 0,
        gzip: 0,
      });
  return {
    html: sum("html"),
    css: sum("css"),
    js: sum("js"),
    other: sum("other"),
    total: sum(),
    files: transfers.length,
  };
}
