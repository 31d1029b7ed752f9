/**
 * The headers of `public/_headers` as Netlify and Cloudflare Pages apply them: every matching
 * rule, in file order; Cloudflare joins a header two rules set (unless the later one detaches
 * it with `! Name`), Netlify keeps the last. The open data must get `cross-origin`, not both;
 * the search pages alone may compile WebAssembly.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  HEADERS_FILE,
  headerConflicts,
  headersFor,
  netlifyHeadersFor,
  parseHeadersFile,
  withStyleHashes,
} from "../../scripts/headers.ts";
import { pageFiles } from "../../src/lib/content/page-files.ts";

const rules = parseHeadersFile(readFileSync(HEADERS_FILE, "utf8"));
const asObject = (headers: [string, string][]) =>
  Object.fromEntries(headers.map(([name, value]) => [name.toLowerCase(), value]));

describe("public/_headers", () => {
  it("lets other sites read the open data: CORS for everyone, CORP cross-origin, on both hosts", () => {
    for (const semantics of [headersFor, netlifyHeadersFor]) {
      const api = asObject(semantics("/api/v1/incidents.json", rules));
      expect(api["access-control-allow-origin"]).toBe("*");
      expect(api["cross-origin-resource-policy"]).toBe("cross-origin");
      // The open data keeps the site's other security headers.
      expect(api["x-content-type-options"]).toBe("nosniff");
      expect(api["content-security-policy"]).toContain("default-src 'none'");
    }
  });

  it("keeps every other path same-origin, without CORS", () => {
    for (const path of ["/", "/incidents/viamedis-2024/", "/_astro/page.js", "/api/", "/api/v2/x.json"]) {
      const headers = asObject(headersFor(path, rules));
      expect(headers["cross-origin-resource-policy"], path).toBe("same-origin");
      expect(headers["access-control-allow-origin"], path).toBeUndefined();
    }
  });

  it("sends the same headers on Netlify and Cloudflare Pages for every path", () => {
    expect(headerConflicts(rules)).toEqual([]);
  });
});

describe("headersFor and headerConflicts", () => {
  const file = (text: string) => parseHeadersFile(text.replace(/^ {6}/gm, ""));

  it("joins a header two rules set, as Cloudflare Pages does (its documented X-Robots-Tag example)", () => {
    const joined = file(`
      /static/*
        X-Robots-Tag: nosnippet
      /*
        X-Robots-Tag: noindex
    `);
    expect(headersFor("/static/styles.css", joined)).toEqual([["X-Robots-Tag", "nosnippet, noindex"]]);
    expect(netlifyHeadersFor("/static/styles.css", joined)).toEqual([["X-Robots-Tag", "noindex"]]);
  });

  it("names the path and header where the two hosts would differ, and accepts a detached header", () => {
    const undetached = file(`
      /*
        Cross-Origin-Resource-Policy: same-origin
      /api/v1/*
        Cross-Origin-Resource-Policy: cross-origin
    `);
    expect(headerConflicts(undetached)).toEqual([
      expect.stringMatching(
        /^\/api\/v1\/: Cloudflare Pages would send cross-origin-resource-policy: same-origin, cross-origin, Netlify cross-origin;/,
      ),
    ]);
    const detached = file(`
      /*
        Cross-Origin-Resource-Policy: same-origin
      /api/v1/*
        ! Cross-Origin-Resource-Policy
        Cross-Origin-Resource-Policy: cross-origin
    `);
    expect(headerConflicts(detached)).toEqual([]);
    expect(headersFor("/api/v1/x.json", detached)).toEqual([
      ["Cross-Origin-Resource-Policy", "cross-origin"],
    ]);
  });

  it("reports a header detached without a new value, which Netlify would still send", () => {
    const removed = file(`
      /*
        Cross-Origin-Resource-Policy: same-origin
      /api/*
        ! Cross-Origin-Resource-Policy
    `);
    expect(headersFor("/api/x", removed)).toEqual([]);
    expect(headerConflicts(removed)).toHaveLength(1);
  });
});

describe("public/_headers: the search pages", () => {
  const hashed = parseHeadersFile(withStyleHashes(readFileSync(HEADERS_FILE, "utf8"), ["p{}"]));
  const valueOf = (headers: [string, string][], name: string) =>
    headers.filter(([header]) => header.toLowerCase() === name.toLowerCase()).map(([, value]) => value);
  const csp = (path: string) => valueOf(headersFor(path, hashed), "Content-Security-Policy");

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
