/**
 * Astro caches rendered content and pages between builds. A change to the Markdown module
 * alone, or to any file it imports or that renders a page's Markdown, must still reach the
 * pages: the loaders mix the version of every file the renderer's imports reach into each
 * entry's digest. A change to what a page shows from elsewhere (a glossary term in the search
 * page's vocabulary) must reach it, and so must its revert: a page's cache key is its model.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createScratchProject, type RunResult, type ScratchProject } from "../support/scratch-project.ts";

let project: ScratchProject;
let first: RunResult;
const page = () => readFileSync(join(project.dir, "dist/suis-je-concerne/index.html"), "utf8");

// One cold build; each test then changes one thing and builds again.
beforeAll(() => {
  project = createScratchProject();
  first = project.astro("build");
});
afterAll(() => project.remove());

it("re-renders cached pages when only the Markdown module changed", () => {
  expect(first.status, first.output.slice(-6000).replace(/.*├─.*\n/g, "")).toBe(0);
  expect(page()).toContain('<p class="callout-title">Cette liste ne dit pas si vous êtes concerné');

  project.edit("src/lib/markdown/render.ts", '<p class="callout-title">', '<p class="callout-heading">');
  const second = project.astro("build");
  expect(second.status, second.output.slice(-3000)).toBe(0);
  expect(page()).toContain('<p class="callout-heading">Cette liste ne dit pas si vous êtes concerné');

  // The module that renders each page's Markdown (on worker threads), not the Markdown module.
  project.edit(
    "src/lib/content/page-render.ts",
    "writeRenderedPage(digest, { html: rendered.html,",
    'writeRenderedPage(digest, { html: `${rendered.html}<p class="rendered-again"></p>`,',
  );
  const third = project.astro("build");
  expect(third.status, third.output.slice(-3000)).toBe(0);
  expect(page()).toContain('<p class="rendered-again"></p>');
});

it("rebuilds the search page when a glossary term is added, and again when the edit is reverted", () => {
  const search = () => readFileSync(join(project.dir, "dist/recherche/index.html"), "utf8");
  const glossary = "content/pages/fr/glossaire.md";
  const original = project.read(glossary);
  expect(first.status, first.output.slice(-3000)).toBe(0);
  expect(search()).not.toContain("terme ajoute");

  project.edit(
    glossary,
    "### Viamedis {#viamedis}",
    "### Terme ajouté {#terme-ajoute}\n\nUn terme de plus.\n\n### Viamedis {#viamedis}",
  );
  const edited = project.astro("build");
  expect(edited.status, edited.output.slice(-3000)).toBe(0);
  expect(search()).toContain('"terme ajoute"');

  writeFileSync(join(project.dir, glossary), original);
  const reverted = project.astro("build");
  expect(reverted.status, reverted.output.slice(-3000)).toBe(0);
  expect(search()).not.toContain("terme ajoute");
});
