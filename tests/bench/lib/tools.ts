/**
 * Tools only the benchmark needs, installed on first use into git-ignored folders, never into
 * the site's dependencies: Starlight's throwaway project, and Lighthouse (12.2.3: 13.x wants a
 * newer Node than npm runs on here, and its lockfile breaks `npm ci` here).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { BENCH, LIGHTHOUSE_VERSION, TOOLS } from "../config.ts";

function npm(args: string[], cwd: string): void {
  console.log(`  npm ${args.join(" ")}   (in ${cwd})`);
  const result = spawnSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`npm ${args.join(" ")} failed in ${cwd}`);
}

export const STARLIGHT_PROJECT = join(BENCH, "starlight");

/** Installs the Starlight project's pinned dependencies if they are missing. */
export function ensureStarlight(): string {
  const modules = join(STARLIGHT_PROJECT, "node_modules");
  if (!existsSync(join(modules, "@astrojs", "starlight", "package.json"))) {
    npm(["install"], STARLIGHT_PROJECT);
  }
  return modules;
}

/** Path of Lighthouse's command-line entry point, installed if missing. */
export function ensureLighthouse(): string {
  const cli = join(TOOLS, "node_modules", "lighthouse", "cli", "index.js");
  if (!existsSync(cli)) {
    mkdirSync(TOOLS, { recursive: true });
    npm(["install", "--prefix", TOOLS, "--save-exact", `lighthouse@${LIGHTHOUSE_VERSION}`], TOOLS);
  }
  return cli;
}
