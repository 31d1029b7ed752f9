/** Runs one part of the benchmark, timing it and noting how busy the machine was meanwhile. */
import type { SectionTiming } from "../results.ts";
import { seconds } from "./format.ts";
import { cpuSnapshot, othersCores } from "./interference.ts";

export async function section<T>(timings: SectionTiming[], name: string, job: () => Promise<T>): Promise<T> {
  console.log(`\n${name}`);
  const before = cpuSnapshot();
  const value = await job();
  const after = cpuSnapshot();
  const timing = {
    section: name,
    seconds: (after.at - before.at) / 1000,
    othersCores: othersCores(before, after),
  };
  timings.push(timing);
  console.log(
    `  (${seconds(timing.seconds)}; other processes kept ${timing.othersCores.toFixed(2)} cores busy meanwhile)`,
  );
  return value;
}
