/** Runs one part of the benchmark, timing it and noting how busy the machine was meanwhile. */
import type { SectionTiming } from "../results.ts";
import { seconds } from "./format.ts";
import { watchOthers } from "./interference.ts";

export async function section<T>(timings: SectionTiming[], name: string, job: () => Promise<T>): Promise<T> {
  console.log(`\n${name}`);
  const started = performance.now();
  const others = watchOthers();
  const value = await job();
  const timing = {
    section: name,
    seconds: (performance.now() - started) / 1000,
    othersCores: others.stop(),
  };
  timings.push(timing);
  console.log(
    `  (${seconds(timing.seconds)}; other processes kept ${timing.othersCores.toFixed(2)} cores busy meanwhile)`,
  );
  return value;
}
