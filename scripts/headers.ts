/**
 * Reads `public/_headers` (Netlify/Cloudflare format): path patterns, each followed by
 * indented `Name: value` lines. Shared by the test server and the header tests.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export const HEADERS_FILE = resolve(import.meta.dirname, "../public/_headers");

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

export function readHeaderRules(): HeaderRule[] {
  return parseHeadersFile(readFileSync(HEADERS_FILE, "utf8"));
}
