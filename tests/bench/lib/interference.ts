/**
 * How much of the machine other people's processes used while we measured. The machine is
 * shared: a build or test suite started by someone else slows our figures, and the report
 * should say so rather than pass noise off as a result.
 *
 * Every process's CPU time is sampled from /proc twice a second and attributed to us if the
 * process descends from this one (or ever did: Chromium's renderers outlive their place in the
 * tree), to others otherwise. Kernel-wide totals minus our own `cutime` would be simpler, but
 * processes that are not reaped through our tree (Chromium's, again) would then count as
 * someone else's. A process of someone else's that lives less than half a second is missed.
 */
import { readFileSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface ProcessCpu {
  parent: number;
  ticks: number;
}

function processes(): Map<number, ProcessCpu> {
  const table = new Map<number, ProcessCpu>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue; // ended between listing and reading
    }
    // Fields after the command name (in parentheses, may contain spaces): state, ppid, …,
    // utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    table.set(Number(name), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
  }
  return table;
}

export interface OthersWatch {
  /** Stops sampling; returns the average number of cores others kept busy meanwhile. */
  stop(): number;
}

export function watchOthers(): OthersWatch {
  const ours = new Set([process.pid]);
  const seen = new Map<number, number>();
  let othersTicks = 0;
  const started = performance.now();
  const sample = (baseline: boolean) => {
    const table = processes();
    for (const pid of table.keys()) {
      // Walk up to this process or to init; everything on the way shares the verdict.
      const chain: number[] = [];
      let current: number | undefined = pid;
      while (current !== undefined && current > 1 && !ours.has(current) && !chain.includes(current)) {
        chain.push(current);
        current = table.get(current)?.parent;
      }
      if (current !== undefined && ours.has(current)) for (const member of chain) ours.add(member);
    }
    for (const [pid, info] of table) {
      const before = seen.get(pid);
      seen.set(pid, info.ticks);
      if (baseline || ours.has(pid)) continue;
      // A process first seen now started since the last sample: all its time is new.
      othersTicks += info.ticks - (before ?? 0);
    }
  };
  sample(true);
  const timer = setInterval(() => sample(false), 500);
  return {
    stop() {
      clearInterval(timer);
      sample(false);
      const elapsed = (performance.now() - started) / 1000;
      if (elapsed <= 0) return 0;
      return Math.min(availableParallelism(), othersTicks / TICKS_PER_SECOND / elapsed);
    },
  };
}
