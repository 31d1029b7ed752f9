/**
 * `npm run build`: builds into a temporary folder and replaces `dist/` only when every step
 * succeeded, so a failed build (bad content, failed check) leaves the last good site intact.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildSearchIndex } from "./search-index.ts";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = join(ROOT, "dist");
const STAGING = join(ROOT, `.dist-staging-${process.pid}`);
const RETIRED = join(ROOT, `.dist-retired-${process.pid}`);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    rmSync(STAGING, { recursive: true, force: true });
    console.error(`\nBuild failed at: ${command} ${args.join(" ")}. The previous dist/ is unchanged.`);
    process.exit(result.status ?? 1);
  }
}

const bin = (name: string) => join(ROOT, "node_modules", ".bin", name);

run(bin("astro"), ["build", "--outDir", STAGING]);

try {
  await buildSearchIndex(STAGING);
} catch (error) {
  rmSync(STAGING, { recursive: true, force: true });
  console.error(`\nSearch indexing failed: ${String(error)}. The previous dist/ is unchanged.`);
  process.exit(1);
}

// Swap in two renames so that dist/ is never half-written.
if (existsSync(DIST)) renameSync(DIST, RETIRED);
renameSync(STAGING, DIST);
rmSync(RETIRED, { recursive: true, force: true });
console.log("dist/ replaced by the new build.");
