/**
 * `npm run --silent nginx:conf`: the nginx configuration of the built site, made from the same
 * data as `dist/_headers` and `dist/_redirects`, printed for a server block to include (it has
 * no `server`, `listen` or `root`: README, "Deploying"). Generate it again after each build:
 * the Content-Security-Policy carries the hash of the site's stylesheet.
 *
 * nginx's `add_header` is inherited by a `location` only when the location adds none of its
 * own, so each location here repeats every header its paths get (computed as Netlify and
 * Cloudflare apply `_headers`, `headers.ts`), and every header is sent `always`: on errors
 * and redirects too. The browser tests run against nginx with this configuration.
 *
 * `--no-brotli`: for an nginx without the Brotli static module (gzip only).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { lookup } from "mrmime";
import { TEXTUAL } from "./compressed-files.ts";
import { headersFor, parseHeadersFile, type HeaderRule } from "./headers.ts";

export interface BuiltSite {
  rules: HeaderRule[];
  /** Old path → new path, with the status to answer. */
  redirects: { from: string; to: string; status: number }[];
  /** Content-Type → the file extensions of the site that have it. */
  types: Map<string, string[]>;
}

export interface NginxOptions {
  /** `brotli_static on;` needs ngx_http_brotli_static_module. */
  brotli: boolean;
}

/** Files the host reads, never served. */
export const SERVER_FILES = ["/_headers", "/_redirects"];
const NOT_FOUND_PAGE = "/404.html";

/** `dist/_redirects`: `from to status` per line. */
export function parseRedirectsFile(text: string): BuiltSite["redirects"] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [from = "", to = "", status = "301"] = line.split(/\s+/);
      return { from, to, status: Number(status) };
    });
}

/** The Content-Type of each file extension of the site, from the table our own server uses. */
export function siteTypes(siteDir: string): BuiltSite["types"] {
  const types = new Map<string, string[]>();
  const extensions = new Set(
    readdirSync(siteDir, { recursive: true, encoding: "utf8" })
      // The .br and .gz files are sent with the type of the file they compress.
      .filter((file) => !/\.(br|gz)$/.test(file))
      .map((file) => extname(file).slice(1)),
  );
  for (const extension of [...extensions].sort()) {
    const type = extension && lookup(extension);
    if (type) types.set(type, [...(types.get(type) ?? []), extension]);
  }
  return types;
}

export function readBuiltSite(siteDir: string): BuiltSite {
  const headersFile = join(siteDir, "_headers");
  if (!existsSync(headersFile)) throw new Error(`${headersFile} is missing: run \`npm run build\` first.`);
  return {
    rules: parseHeadersFile(readFileSync(headersFile, "utf8")),
    redirects: parseRedirectsFile(readFileSync(join(siteDir, "_redirects"), "utf8")),
    types: siteTypes(siteDir),
  };
}

/** A value as an nginx string. nginx reads `$name` as a variable and has no escape for `$`. */
function quoted(value: string): string {
  if (value.includes("$")) throw new Error(`nginx would read "${value}" as holding a variable ($)`);
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

const addHeaders = (headers: [string, string][], indent: string) =>
  headers.map(([name, value]) => `${indent}add_header ${name} ${quoted(value)} always;`);

interface Location {
  /** `= /exact` or `^~ /prefix/`. */
  match: string;
  lines: string[];
}

/**
 * One location per `_headers` rule other than `/*`: `/dir/*` is the prefix `/dir/`, an exact
 * path is matched exactly; a folder's address (`/dir/`) is served from `/dir/index.html`, where
 * nginx's `index` sends the request, so the rule is matched there.
 */
function headerLocations(rules: readonly HeaderRule[]): Location[] {
  const prefixRules = rules.filter(({ pattern }) => pattern.endsWith("*"));
  return rules
    .filter(({ pattern }) => pattern !== "/*")
    .map(({ pattern }) => {
      const star = pattern.indexOf("*");
      if (
        !pattern.startsWith("/") ||
        (star !== -1 && (star !== pattern.length - 1 || !pattern.endsWith("/*")))
      )
        throw new Error(
          `_headers rule "${pattern}": nginx:conf turns only "/*", "/folder/*" and exact paths into locations`,
        );
      if (star !== -1) {
        const prefix = pattern.slice(0, -1);
        return { match: `^~ ${prefix}`, lines: addHeaders(headersFor(prefix, prefixRules), "  ") };
      }
      const file = pattern.endsWith("/") ? `${pattern}index.html` : pattern;
      return { match: `= ${file}`, lines: addHeaders(headersFor(pattern, rules), "  ") };
    });
}

export function nginxConf(site: BuiltSite, options: NginxOptions): string {
  const everywhere = headersFor(
    "/",
    site.rules.filter(({ pattern }) => pattern === "/*"),
  );
  const types = [...site.types].map(([type, extensions]) => `  ${type} ${extensions.join(" ")};`);
  const blocks = [
    ...headerLocations(site.rules),
    ...SERVER_FILES.map((path) => ({ match: `= ${path}`, lines: ["  return 404;"] })),
    ...site.redirects.map(({ from, to, status }) => ({
      match: `= ${from}`,
      lines: [`  return ${status} ${quoted(to)};`],
    })),
  ];
  const seen = new Set<string>();
  for (const { match } of blocks) {
    // A space, quote, brace, semicolon or $ would end the location or be read as a variable.
    if (!/^(=|\^~) \/[^\s"'{};$]*$/.test(match)) throw new Error(`"${match}" cannot be an nginx location`);
    if (seen.has(match)) throw new Error(`two nginx locations for "${match}" (_headers and _redirects)`);
    seen.add(match);
  }
  return [
    "# nginx configuration of the site, generated by `npm run nginx:conf` from dist/_headers and",
    "# dist/_redirects. Generate it again after each build: the Content-Security-Policy carries",
    "# the hash of the site's stylesheet. Include it in a server block whose root is dist/.",
    "",
    "# The .br and .gz files the build writes beside each text file.",
    ...(options.brotli
      ? [
          "# brotli_static needs ngx_http_brotli_static_module, loaded at the top of nginx.conf",
          "# (Debian: the package libnginx-mod-http-brotli-static loads it). Without it:",
          "# `npm run --silent nginx:conf -- --no-brotli`.",
          "brotli_static on;",
        ]
      : ["# Generated with --no-brotli: gzip only."]),
    "gzip_static on;",
    "gzip_vary on;",
    "# Also when a CDN or proxy in front adds a Via header.",
    "gzip_proxied any;",
    "",
    "index index.html;",
    `error_page 404 ${NOT_FOUND_PAGE};`,
    "# Redirects name the path only, whatever the scheme, host and port behind a proxy.",
    "absolute_redirect off;",
    "",
    "# Content types of the site's files, from the table `npm start` uses.",
    "types {",
    ...types,
    "}",
    "default_type application/octet-stream;",
    "# Every text file of the site is UTF-8 (nginx adds text/html itself).",
    "charset utf-8;",
    `charset_types ${[...site.types.keys()].filter((type) => TEXTUAL.test(type) && type !== "text/html").join(" ")};`,
    "",
    '# The "/*" rule of dist/_headers: every response, errors and redirects included.',
    ...addHeaders(everywhere, ""),
    "",
    "# The other rules, each with every header its paths get (nginx's add_header in a location",
    "# replaces the server's), the host's own files (not served) and the redirects of",
    "# content/permalinks.json.",
    ...blocks.flatMap(({ match, lines }) => [`location ${match} {`, ...lines, "}"]),
    "",
  ].join("\n");
}

if (process.argv[1] === import.meta.filename) {
  try {
    const site = readBuiltSite(resolve(import.meta.dirname, "../dist"));
    process.stdout.write(nginxConf(site, { brotli: !process.argv.includes("--no-brotli") }));
  } catch (error) {
    console.error(`nginx:conf: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
