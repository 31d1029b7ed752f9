/**
 * Reads a `_headers` file (Netlify/Cloudflare format): path patterns, each followed by
 * indented `Name: value` lines. `public/_headers` is the template; the build writes the
 * site's own into `dist/_headers`, with the hashes of the inline styles in its
 * Content-Security-Policy. Shared by the build, the test server and the header tests.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export const HEADERS_FILE = resolve(import.meta.dirname, "../public/_headers");
export const BUILT_HEADERS_FILE = resolve(import.meta.dirname, "../dist/_headers");

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const separator = line.indexOf(":");
    rules.at(-1)?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

/** `/*` matches everything, `/_astro/*` everything below `/_astro/`, else the exact path. */
export function headersFor(path: string, rules: HeaderRule[]): [string, string][] {
  return rules
    .filter(({ pattern }) =>
      pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern,
    )
    .flatMap((rule) => rule.headers);
}

/** The rules the built site is served with. */
export function readHeaderRules(file = BUILT_HEADERS_FILE): HeaderRule[] {
  return parseHeadersFile(readFileSync(file, "utf8"));
}

/**
 * The headers file of a built site: the template with the hash of each inline style added
 * to `style-src` (e.g. `style-src 'self' 'sha256-…'`).
 */
export function withStyleHashes(template: string, styles: Iterable<string>): string {
  const hashes = [
    ...new Set([...styles].map((style) => `'sha256-${createHash("sha256").update(style).digest("base64")}'`)),
  ];
  if (hashes.length === 0) return template;
  const updated = template.replace(/style-src 'self'/g, `style-src 'self' ${hashes.join(" ")}`);
  if (updated === template)
    throw new Error("public/_headers has no \"style-src 'self'\" to add the hashes to");
  return updated;
}
