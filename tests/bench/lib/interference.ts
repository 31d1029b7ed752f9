/**
 * How much of the machine other people's processes used while we measured. The machine is
 * shared: a build or test suite started by someone else slows our figures, and the report
 * should say so rather than pass noise off as a result. CPU time of every process, minus ours
 * (this process and every child it waited for, which the kernel adds to our `cutime`).
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";

export interface CpuSnapshot {
  at: number;
  busyTicks: number;
  ourTicks: number;
}

export function cpuSnapshot(): CpuSnapshot {
  const total = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "")
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  // user nice system idle iowait irq softirq steal guest guest_nice: busy is all but idle and
  // iowait; guest time is already counted in user time.
  const busyTicks = [0, 1, 2, 5, 6, 7].reduce((sum, index) => sum + (total[index] ?? 0), 0);
  const own = readFileSync("/proc/self/stat", "utf8");
  const fields = own
    .slice(own.lastIndexOf(")") + 2)
    .split(" ")
    .map(Number);
  // utime, stime, cutime, cstime are fields 14-17 of stat, 12-15 after the command name.
  const ourTicks = (fields[11] ?? 0) + (fields[12] ?? 0) + (fields[13] ?? 0) + (fields[14] ?? 0);
  return { at: performance.now(), busyTicks, ourTicks };
}

/** Average number of cores other processes kept busy between two snapshots. */
export function othersCores(from: CpuSnapshot, to: CpuSnapshot): number {
  const ticksPerSecond = 100; // USER_HZ on Linux
  const elapsed = (to.at - from.at) / 1000;
  if (elapsed <= 0) return 0;
  const others = to.busyTicks - from.busyTicks - (to.ourTicks - from.ourTicks);
  return Math.max(0, Math.min(availableParallelism(), others / ticksPerSecond / elapsed));
}
