/** The machine and tool versions the figures were measured on, for BENCHMARKS.md. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, release, totalmem } from "node:os";
import { join } from "node:path";

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  os: string;
  chromium: string;
  astro: string;
  pagefind: string;
  /** The commit measured (the working tree may differ from it: `dirty`). */
  commit?: string;
}

function packageVersion(root: string, name: string): string {
  const file = join(root, "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

function commitOf(root: string): string {
  const git = (...args: string[]) => spawnSync("git", args, { cwd: root, encoding: "utf8" }).stdout.trim();
  const head = git("rev-parse", "--short", "HEAD") || "unknown";
  return git("status", "--porcelain", "--untracked-files=no") ? `${head} (dirty)` : head;
}

export function describeMachine(root: string, chromiumPath: string): Machine {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const chromium = spawnSync(chromiumPath, ["--version"], { encoding: "utf8" });
  return {
    date: new Date().toISOString(),
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? "unknown",
    cores: availableParallelism(),
    memoryBytes: totalmem(),
    node: process.version,
    os: `Linux ${release()}`,
    // Debian's wrapper script prints a harmless shell warning first: keep the version line.
    chromium:
      (chromium.stdout ?? "")
        .split("\n")
        .find((line) => /\d+\.\d+/.test(line))
        ?.trim() ?? "unknown",
    astro: packageVersion(root, "astro"),
    pagefind: packageVersion(root, "pagefind"),
    commit: commitOf(root),
  };
}
