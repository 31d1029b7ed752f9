/**
 * Reads a `_headers` file (Netlify/Cloudflare format): path patterns, each followed by
 * indented `Name: value` lines, and `! Name` lines (Cloudflare Pages) that drop a header an
 * earlier matching rule set, so that a narrower rule replaces it rather than adding a second
 * value (Netlify skips such a line, and keeps the later rule's value). `public/_headers` is
 * the template; the build writes the site's own into `dist/_headers`, with the hashes of the
 * inline styles in its Content-Security-Policy. Shared by the build, the test server and the
 * header tests.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export interface HeaderRule {
  pattern: string;
  /** Headers of earlier rules this one removes (`! Name`). */
  detach: string[];
  headers: [name: string, value: string][];
}

export const HEADERS_FILE = resolve(import.meta.dirname, "../public/_headers");
export const BUILT_HEADERS_FILE = resolve(import.meta.dirname, "../dist/_headers");

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), detach: [], headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detached = /^\s*!\s*(\S+)\s*$/.exec(line);
    if (detached) {
      rule?.detach.push(detached[1] ?? "");
      continue;
    }
    const separator = line.indexOf(":");
    rule?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

/**
 * The headers of a path, rule after rule in file order: `/*` matches everything, `/_astro/*`
 * everything below `/_astro/`, else the exact path.
 */
export function headersFor(path: string, rules: HeaderRule[]): [string, string][] {
  let headers: [string, string][] = [];
  for (const rule of rules) {
    const matches = rule.pattern.endsWith("*")
      ? path.startsWith(rule.pattern.slice(0, -1))
      : path === rule.pattern;
    if (!matches) continue;
    const dropped = new Set(rule.detach.map((name) => name.toLowerCase()));
    headers = [...headers.filter(([name]) => !dropped.has(name.toLowerCase())), ...rule.headers];
  }
  return headers;
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
