/**
 * A throwaway copy of the project in a temporary folder, for tests that must change content
 * or run a real build without touching the working tree. `node_modules` is linked, not copied.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "node_modules", ".bin");
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

export interface RunResult {
  status: number | null;
  output: string;
}

export interface ScratchProject {
  dir: string;
  /**
   * Replaces the first occurrence of `find` in a file; throws if `find` is absent. The file is
   * written back in `encoding` (UTF-8 unless told).
   */
  edit(file: string, find: string, replace: string, encoding?: BufferEncoding): void;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Runs an astro command (`build`, `sync`) directly. */
  astro(...args: string[]): RunResult;
  /** Runs the project's own build (`npm run build`: atomic, indexed, checked). */
  build(env?: Record<string, string>): RunResult;
  /** The same build, without blocking: several scratch projects can build side by side. */
  buildInBackground(env?: Record<string, string>): Promise<RunResult>;
  /** Runs the build for publication (`npm run build:publish`). */
  buildForPublication(env?: Record<string, string>): RunResult;
  remove(): void;
}

/**
 * Variables Vitest sets in its own process (it mirrors `import.meta.env` there). A build
 * that inherited them would run as a development build: `DEV=1` reaches Astro's pages.
 */
const TEST_RUNNER_VARIABLES = new Set(["NODE_ENV", "TEST", "MODE", "DEV", "PROD", "SSR", "BASE_URL"]);

/** The environment of a real build, as `npm run build` would have it. */
function buildEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !TEST_RUNNER_VARIABLES.has(name) && !name.startsWith("VITEST"),
    ),
  );
}

function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...buildEnvironment(),
    PATH: `${BIN}:${process.env["PATH"] ?? ""}`,
    ASTRO_TELEMETRY_DISABLED: "1",
    FORCE_COLOR: "0",
    ...env,
  };
}

function run(dir: string, command: string, args: string[], env: Record<string, string> = {}): RunResult {
  const result = spawnSync(command, args, { cwd: dir, encoding: "utf8", env: environment(env) });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function runInBackground(
  dir: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: dir, env: environment(env) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, output: `${stdout}\n${stderr}` }));
  });
}

export function createScratchProject(): ScratchProject {
  const dir = mkdtempSync(join(tmpdir(), "tiers-payant-scratch-"));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return {
    dir,
    edit(file, find, replace, encoding = "utf8") {
      const path = join(dir, file);
      const text = readFileSync(path, "utf8");
      if (!text.includes(find))
        throw new Error(`fixture out of date: ${file} no longer contains ${JSON.stringify(find)}`);
      // A function, so that `$` in the replacement is text, not a pattern.
      writeFileSync(
        path,
        Buffer.from(
          text.replace(find, () => replace),
          encoding,
        ),
      );
    },
    read: (file) => readFileSync(join(dir, file), "utf8"),
    write: (file, text) => writeFileSync(join(dir, file), text),
    astro: (...args) => run(dir, join(BIN, "astro"), args),
    build: (env) => run(dir, join(BIN, "node"), ["scripts/build.ts"], env),
    buildInBackground: (env) => runInBackground(dir, join(BIN, "node"), ["scripts/build.ts"], env),
    buildForPublication: (env) => run(dir, join(BIN, "node"), ["scripts/build.ts", "--publish"], env),
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
