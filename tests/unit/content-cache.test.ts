/**
 * Astro caches rendered content between builds. A change to the Markdown module alone must
 * still reach the pages: the loaders mix the renderer's version into each entry's digest.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createScratchProject, type ScratchProject } from "../support/scratch-project.ts";

let project: ScratchProject;
const page = () => readFileSync(join(project.dir, "dist/que-faire/index.html"), "utf8");

beforeAll(() => {
  project = createScratchProject();
});
afterAll(() => project.remove());

it("re-renders cached pages when only the Markdown module changed", () => {
  const first = project.astro("build");
  expect(first.status, first.output.slice(-6000).replace(/.*├─.*\n/g, "")).toBe(0);
  expect(page()).toContain('<p class="callout-title">Ce qui n’a pas été exposé');

  project.edit("src/lib/markdown/render.ts", '<p class="callout-title">', '<p class="callout-heading">');
  const second = project.astro("build");
  expect(second.status, second.output.slice(-3000)).toBe(0);
  expect(page()).toContain('<p class="callout-heading">Ce qui n’a pas été exposé');
});
