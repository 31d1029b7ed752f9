/**
 * Scratch copies for benchmark builds, in the system's temporary folder.
 *
 * Our project is copied by the tests' own helper (same files as the unit tests' builds). Its
 * `node_modules` symlink is then replaced by a real folder of per-package links: Astro keeps
 * its content cache in `node_modules/.astro/`, and through a whole-folder link every scratch
 * build would read and overwrite the working tree's cache (and race with anyone building
 * there). Private cache, shared packages: each build starts cold and touches nothing else.
 *
 * Starlight's components are `.astro` files inside node_modules, which Astro compiles; through
 * a symlink their real path lies outside the project and its build fails ("No cached compile
 * metadata found"). Its packages are hard-linked instead: real paths inside the project,
 * no copying (the temporary folder is on the same disk).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createScratchProject } from "../../support/scratch-project.ts";

/** Scratch folders not removed yet, to clean up if the benchmark is interrupted. */
const created = new Set<string>();

/** Caches that must stay per project. */
const PRIVATE = new Set([".astro", ".vite", ".cache"]);

export function linkPackages(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (!PRIVATE.has(entry)) symlinkSync(join(from, entry), join(to, entry), "dir");
  }
}

/** A copy of this project (src, content, scripts…) with private caches. */
export function scratchOfOurs(): string {
  const { dir } = createScratchProject();
  created.add(dir);
  const shared = join(dir, "node_modules");
  unlinkSync(shared);
  linkPackages(join(import.meta.dirname, "..", "..", "..", "node_modules"), shared);
  return dir;
}

export function hardLinkPackages(from: string, to: string): void {
  const result = spawnSync("cp", ["-al", from, to], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`cp -al ${from} ${to} failed: ${result.stderr}`);
}

/** A copy of one of the throwaway projects of tests/bench/ (astro-plain, starlight). */
export function scratchOf(templateDir: string, packagesDir: string, link: "symlink" | "hardlink"): string {
  const name = templateDir.split("/").at(-1) ?? "site";
  const dir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  created.add(dir);
  cpSync(templateDir, dir, {
    recursive: true,
    filter: (path) => !/\/(node_modules|dist|\.astro)(\/|$)/.test(path.slice(templateDir.length)),
  });
  const target = join(dir, "node_modules");
  if (link === "symlink") linkPackages(packagesDir, target);
  else hardLinkPackages(packagesDir, target);
  return dir;
}

/** Removes the build output and caches, so the next build in `dir` starts cold. */
export function resetBuild(dir: string): void {
  for (const path of ["dist", ".astro", ".cache", "node_modules/.astro", "node_modules/.vite"]) {
    rmSync(join(dir, path), { recursive: true, force: true });
  }
}

export function removeScratch(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  created.delete(dir);
}

export function removeAllScratch(): void {
  for (const dir of created) removeScratch(dir);
}
