/**
 * Reads a `_headers` file (Netlify/Cloudflare format): path patterns, each followed by
 * indented `Name: value` lines, and `! Name` lines that detach a header an earlier rule set.
 * `public/_headers` is the template; the build writes the site's own into `dist/_headers`,
 * with the hashes of the inline styles in its Content-Security-Policy. Shared by the build,
 * the test server, the nginx configuration and the header tests.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
  /** `! Name` lines: headers removed from what the rules above added (Cloudflare Pages). */
  detach: string[];
}

export const HEADERS_FILE = resolve(import.meta.dirname, "../public/_headers");
export const BUILT_HEADERS_FILE = resolve(import.meta.dirname, "../dist/_headers");

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [], detach: [] });
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

/** `/*` matches everything, `/_astro/*` everything below `/_astro/`, else the exact path. */
export function matches(pattern: string, path: string): boolean {
  return pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The headers a path gets, as Cloudflare Pages applies the file: every matching rule, in file
 * order; `! Name` removes what the rules above added; a header two rules set is sent once with
 * both values joined by a comma. (`headerConflicts` keeps the last case out of our file.)
 */
export function headersFor(path: string, rules: readonly HeaderRule[]): [string, string][] {
  let headers: [string, string][] = [];
  for (const rule of rules.filter(({ pattern }) => matches(pattern, path))) {
    headers = headers.filter(([name]) => !rule.detach.some((detached) => same(detached, name)));
    for (const [name, value] of rule.headers) {
      const index = headers.findIndex(([other]) => same(other, name));
      if (index === -1) headers.push([name, value]);
      else headers[index] = [name, `${headers[index]?.[1] ?? ""}, ${value}`];
    }
  }
  return headers;
}

/**
 * The headers a path gets on Netlify: every matching rule, in file order, a later rule's value
 * replacing an earlier one's (as Netlify's own `headersForPath` merges them); Netlify's parser
 * skips `! Name` lines, which have no colon.
 */
export function netlifyHeadersFor(path: string, rules: readonly HeaderRule[]): [string, string][] {
  const headers = new Map<string, [string, string]>();
  for (const rule of rules.filter(({ pattern }) => matches(pattern, path))) {
    for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), [name, value]);
  }
  return [...headers.values()];
}

/**
 * Paths standing for every set of rules a request can match: each rule's own path (a prefix
 * rule's folder). A request matches the rules of the longest such path it is under.
 */
export function rulePaths(rules: readonly HeaderRule[]): string[] {
  return [...new Set(rules.map(({ pattern }) => (pattern.endsWith("*") ? pattern.slice(0, -1) : pattern)))];
}

/**
 * Where Netlify and Cloudflare Pages would send different headers. A header two matching rules
 * set is the usual cause: Cloudflare joins the values (`same-origin, cross-origin`, which
 * browsers ignore), Netlify keeps the last; the later rule must first detach it (`! Name`).
 */
export function headerConflicts(rules: readonly HeaderRule[]): string[] {
  return rulePaths(rules).flatMap((path) => {
    const cloudflare = headersFor(path, rules);
    const netlify = netlifyHeadersFor(path, rules);
    const names = new Set([...cloudflare, ...netlify].map(([name]) => name.toLowerCase()));
    const valueOf = (headers: [string, string][], name: string) =>
      headers.find(([other]) => same(other, name))?.[1] ?? "(none)";
    return [...names]
      .filter((name) => valueOf(cloudflare, name) !== valueOf(netlify, name))
      .map(
        (name) =>
          `${path}: Cloudflare Pages would send ${name}: ${valueOf(cloudflare, name)}, Netlify ${valueOf(netlify, name)}; Netlify skips "! Name" lines, so a rule changes a header an earlier rule set only by detaching it ("! ${name}") and setting it again`,
      );
  });
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
