/**
 * Runs a command and measures it: wall time, and peak memory of the whole process tree
 * (`scripts/build.ts` starts Astro and Pagefind as child processes, so the parent's own peak
 * would miss most of it). Memory is sampled from /proc every 100 ms, which may miss a spike
 * shorter than that. Output goes to a log file (a 10,000-page build prints megabytes), each
 * line prefixed with the seconds elapsed when it arrived, from which `build-log.ts` tells
 * the build's phases apart.
 */
import { spawn } from "node:child_process";
import { createWriteStream, readFileSync, readdirSync } from "node:fs";
import { createInterface } from "node:readline";

export interface Measured {
  ok: boolean;
  /** Exit code, or the signal name when killed (e.g. after the time limit). */
  exit: string;
  seconds: number;
  /** Highest sum of resident memory over the process tree, in bytes. */
  peakTreeRss: number;
  /** Highest resident memory of any single process of the tree, in bytes. */
  peakProcessRss: number;
  timedOut: boolean;
  /** Output lines with the seconds elapsed at their arrival. */
  lines: { at: number; text: string }[];
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  log: string;
  /** Kill the whole tree after this many seconds. */
  timeoutSeconds?: number;
}

/** Process groups of the commands running now, to stop them if the benchmark is interrupted. */
const running = new Set<number>();

/** Kills every command still running (their whole process trees). */
export function stopAll(): void {
  for (const group of running) {
    try {
      process.kill(-group, "SIGKILL");
    } catch {
      // already gone
    }
  }
  running.clear();
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Every live process's parent and resident bytes, from one pass over /proc. */
function processTable(): Map<number, { parent: number; rss: number }> {
  const table = new Map<number, { parent: number; rss: number }>();
  const pageSize = 4096;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(`/proc/${name}/stat`);
    if (!stat) continue;
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    table.set(Number(name), { parent: Number(fields[1]), rss: Number(fields[21]) * pageSize });
  }
  return table;
}

function treeRss(root: number): { total: number; largest: number } {
  const table = processTable();
  const members = new Set([root]);
  // Parents may be listed after their children: repeat until the tree stops growing.
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, info] of table) {
      if (!members.has(pid) && members.has(info.parent)) {
        members.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  let largest = 0;
  for (const pid of members) {
    const rss = table.get(pid)?.rss ?? 0;
    total += rss;
    largest = Math.max(largest, rss);
  }
  return { total, largest };
}

export function measure(command: string, args: string[], options: RunOptions): Promise<Measured> {
  const log = createWriteStream(options.log, { flags: "a" });
  log.write(`\n$ ${command} ${args.join(" ")}   (in ${options.cwd})\n`);
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  // detached: the child leads its own process group, so a time-out can stop the whole tree.
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  if (child.pid !== undefined) running.add(child.pid);
  const lines: Measured["lines"] = [];
  const record = (text: string) => {
    const at = elapsed();
    lines.push({ at, text });
    log.write(`[${at.toFixed(3)}] ${text}\n`);
  };
  createInterface({ input: child.stdout }).on("line", record);
  createInterface({ input: child.stderr }).on("line", record);

  let peakTreeRss = 0;
  let peakProcessRss = 0;
  let timedOut = false;
  const sample = () => {
    if (child.pid === undefined) return;
    const { total, largest } = treeRss(child.pid);
    peakTreeRss = Math.max(peakTreeRss, total);
    peakProcessRss = Math.max(peakProcessRss, largest);
  };
  const sampler = setInterval(sample, 100);
  const limit = options.timeoutSeconds
    ? setTimeout(() => {
        timedOut = true;
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      }, options.timeoutSeconds * 1000)
    : undefined;
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    // "close", not "exit": every line of output has been read by then.
    child.on("close", (code, signal) => {
      const seconds = elapsed();
      if (child.pid !== undefined) running.delete(child.pid);
      clearInterval(sampler);
      if (limit) clearTimeout(limit);
      log.end();
      resolve({
        ok: code === 0,
        exit: signal ?? String(code),
        seconds,
        peakTreeRss,
        peakProcessRss,
        timedOut,
        lines,
      });
    });
  });
}
