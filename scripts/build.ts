/**
 * `npm run build`: builds into a temporary folder and replaces `dist/` only when every step
 * succeeded (pages, search index, checks), so a failed build leaves the last good site intact.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkPermalinks, collectPermalinks, readRegistry, redirectsFile } from "./permalinks.ts";
import { buildSearchIndex } from "./search-index.ts";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = join(ROOT, "dist");
const STAGING = join(ROOT, `.dist-staging-${process.pid}`);
const RETIRED = join(ROOT, `.dist-retired-${process.pid}`);

function fail(step: string, detail: string): never {
  rmSync(STAGING, { recursive: true, force: true });
  console.error(
    `\nBuild failed at ${step}${detail ? `:\n${detail}` : "."}\nThe previous dist/ is unchanged.`,
  );
  process.exit(1);
}

const astro = spawnSync(join(ROOT, "node_modules", ".bin", "astro"), ["build", "--outDir", STAGING], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
});
if (astro.status !== 0) fail("astro build", "");

try {
  await buildSearchIndex(STAGING);
} catch (error) {
  fail("search indexing", String(error));
}

const registry = readRegistry();
const lost = checkPermalinks(collectPermalinks(STAGING), registry);
if (lost.length > 0)
  fail("the permalink check (content/permalinks.json)", lost.map((p) => `  ${p}`).join("\n"));
writeFileSync(join(STAGING, "_redirects"), `${redirectsFile(registry)}\n`);

// Swap in two renames so that dist/ is never half-written.
if (existsSync(DIST)) renameSync(DIST, RETIRED);
renameSync(STAGING, DIST);
rmSync(RETIRED, { recursive: true, force: true });
console.log("dist/ replaced by the new build.");
