/**
 * A throwaway copy of the project in a temporary folder, for tests that must change content
 * or run a real build without touching the working tree. `node_modules` is linked, not copied.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const COPIED = [
  "astro.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "src",
  "content",
  "public",
  "scripts",
];

export interface ScratchProject {
  dir: string;
  /** Replaces the first occurrence of `find` in a file; throws if `find` is absent. */
  edit(file: string, find: string, replace: string): void;
  /** Runs `astro build` (or another astro command) and returns its exit code and output. */
  astro(...args: string[]): { status: number | null; output: string };
  remove(): void;
}

export function createScratchProject(): ScratchProject {
  const dir = mkdtempSync(join(tmpdir(), "tiers-payant-scratch-"));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return {
    dir,
    edit(file, find, replace) {
      const path = join(dir, file);
      const text = readFileSync(path, "utf8");
      if (!text.includes(find))
        throw new Error(`fixture out of date: ${file} no longer contains ${JSON.stringify(find)}`);
      writeFileSync(path, text.replace(find, replace));
    },
    astro(...args) {
      const bin = join(ROOT, "node_modules", ".bin");
      const result = spawnSync(join(bin, "astro"), args, {
        cwd: dir,
        encoding: "utf8",
        env: {
          ...process.env,
          PATH: `${bin}:${process.env["PATH"] ?? ""}`,
          ASTRO_TELEMETRY_DISABLED: "1",
          FORCE_COLOR: "0",
        },
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
