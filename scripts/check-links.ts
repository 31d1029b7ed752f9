/**
 * Link integrity of a built site, read with a real HTML parser: every internal link, asset
 * and `#anchor` must resolve (a file, a redirect of the permalink registry, an element id).
 * External links are only listed: no network is needed to build or test.
 * `node scripts/check-links.ts` prints the report for `dist/`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "parse5";
import { readRegistry } from "./permalinks.ts";

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

const LINK_ATTRIBUTES: Record<string, string> = {
  a: "href",
  link: "href",
  script: "src",
  img: "src",
  source: "src",
};

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
}

export interface LinkReport {
  broken: string[];
  external: string[];
}

export function checkLinks(siteDir: string, site: string): LinkReport {
  const { redirects } = readRegistry();
  const htmlFiles = readdirSync(siteDir, { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".html"),
  );
  const idsByPath = new Map<string, Set<string>>();
  const linksByPage = new Map<string, string[]>();
  for (const file of htmlFiles) {
    const path = `/${file.split("\\").join("/")}`.replace(/index\.html$/, "");
    const ids = new Set<string>();
    const links: string[] = [];
    walk(parse(readFileSync(join(siteDir, file), "utf8")) as unknown as Node, (node) => {
      const id = node.attrs?.find((a) => a.name === "id")?.value;
      if (id) ids.add(id);
      const attribute = LINK_ATTRIBUTES[node.nodeName];
      const value = attribute && node.attrs?.find((a) => a.name === attribute)?.value;
      if (value) links.push(value);
    });
    idsByPath.set(path, ids);
    linksByPage.set(path, links);
  }

  const exists = (path: string) => {
    const onDisk = join(siteDir, decodeURIComponent(path));
    return (
      (existsSync(onDisk) && (statSync(onDisk).isFile() || existsSync(join(onDisk, "index.html")))) ||
      path in redirects
    );
  };
  const broken: string[] = [];
  const external = new Set<string>();
  for (const [page, links] of linksByPage) {
    for (const link of links) {
      if (/^(mailto|tel):/.test(link)) continue;
      const url = new URL(link, new URL(page, site));
      if (url.origin !== new URL(site).origin) {
        external.add(url.href);
        continue;
      }
      if (!exists(url.pathname)) {
        broken.push(`${page} → ${link} (no such page or file)`);
        continue;
      }
      const anchor = url.hash.slice(1);
      const target = redirects[url.pathname] ?? url.pathname;
      if (anchor && !idsByPath.get(target)?.has(decodeURIComponent(anchor))) {
        broken.push(`${page} → ${link} (no element with id "${anchor}")`);
      }
    }
  }
  return { broken, external: [...external].sort() };
}

if (process.argv[1] === import.meta.filename) {
  const report = checkLinks(
    resolve(import.meta.dirname, "../dist"),
    process.env["SITE_URL"] ?? "http://127.0.0.1:4321",
  );
  console.log(`External links (${report.external.length}), not fetched:`);
  for (const link of report.external) console.log(`  ${link}`);
  console.log(`Broken internal links: ${report.broken.length}`);
  for (const problem of report.broken) console.log(`  ${problem}`);
  process.exit(report.broken.length > 0 ? 1 : 0);
}
