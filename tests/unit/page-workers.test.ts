/**
 * A cold build renders its Markdown pages on worker threads, a rebuild of a page or two in the
 * loader's thread: both must give the same entries, the same HTML on disk and the same
 * problems.
 */
import { rmSync } from "node:fs";
import { afterAll, expect, it } from "vitest";
import type { PageRenderInput, PageRenderOutput } from "../../src/lib/content/page-render.ts";
import { PAGES_FOR_WORKERS, pageRenderer } from "../../src/lib/content/page-workers.ts";
import { readRenderedPage, renderedFile } from "../../src/lib/content/rendered-pages.ts";
import { sourceNumbers } from "../../src/lib/content/vocabulary.ts";

const [source] = [...sourceNumbers().keys()];
const page = (index: number, text: string, thread: string): PageRenderInput => ({
  file: `content/pages/fr/essai-${index}.md`,
  lang: "fr",
  text,
  digest: `unit-test-page-workers-${thread}-${index}`,
});
const texts = Array.from({ length: PAGES_FOR_WORKERS }, (_, index) =>
  index === 1
    ? "Pas d'en-tête.\n"
    : index === 2
      ? "---\ntitle: Citation inconnue\n---\nVoir [@pas-une-source].\n"
      : `---\ntitle: Page ${index}\nsummary: "Un résumé : « ${index} » [@${source}]."\n---\n## Partie ${index}\n\nL'essentiel [@${source}] et un [lien](/faq/).\n`,
);
const written: string[] = [];

async function renderAll(thread: string, count: number): Promise<PageRenderOutput[]> {
  const renderer = pageRenderer(count, sourceNumbers());
  try {
    const inputs = texts.map((text, index) => page(index, text, thread));
    written.push(...inputs.map((input) => renderedFile(input.digest)));
    return await Promise.all(inputs.map((input) => renderer.run(input)));
  } finally {
    await renderer.close();
  }
}

afterAll(() => {
  for (const file of written) rmSync(file, { force: true });
});

it("renders pages on worker threads exactly as in the loader's thread", async () => {
  const inThread = await renderAll("here", 1);
  const onWorkers = await renderAll("workers", PAGES_FOR_WORKERS);
  expect(onWorkers).toEqual(inThread);
  expect(onWorkers[0]).toMatchObject({
    frontmatter: { title: "Page 0" },
    metadata: { citations: [source], links: ["/faq/"], headings: [{ text: "Partie 0" }] },
  });
  expect(onWorkers[1]).toEqual({ frontmatterProblem: expect.stringContaining("missing frontmatter") });
  expect(onWorkers[2]).toMatchObject({
    renderProblem: expect.stringContaining('unknown source id "pas-une-source"'),
  });
  for (const index of [0, 3, PAGES_FOR_WORKERS - 1]) {
    const html = readRenderedPage(`unit-test-page-workers-workers-${index}`);
    expect(html).toEqual(readRenderedPage(`unit-test-page-workers-here-${index}`));
    expect(html.html).toContain(`L’essentiel`);
    expect(html.summaryHtml).toContain(`«\u00A0${index}\u00A0»`);
  }
});
