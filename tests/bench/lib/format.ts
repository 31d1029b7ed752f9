/** Number formats and Markdown tables shared by the console output and BENCHMARKS.md. */
import type { Spread } from "./stats.ts";

export const seconds = (value: number) => (value >= 100 ? `${value.toFixed(0)} s` : `${value.toFixed(1)} s`);
export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const count = (value: number) => new Intl.NumberFormat("en-GB").format(value);

export function bytes(value: number): string {
  if (value < 1024) return `${value} B`;
  if (value < 1024 * 1024) return `${(value / 1024).toFixed(1)} KB`;
  if (value < 1024 ** 3) return `${(value / 1024 ** 2).toFixed(1)} MB`;
  return `${(value / 1024 ** 3).toFixed(2)} GB`;
}

/** `12.3 s (11.9–13.0)`, or the single value when there was one run. */
export function withRange(figure: Spread, unit: (value: number) => string): string {
  if (figure.runs === 1) return unit(figure.median);
  return `${unit(figure.median)} (${unit(figure.min)}–${unit(figure.max)})`;
}

export function table(headers: string[], rows: string[][]): string {
  const escape = (cell: string) => cell.replaceAll("|", "\\|");
  return [
    `| ${headers.map(escape).join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(escape).join(" | ")} |`),
  ].join("\n");
}
