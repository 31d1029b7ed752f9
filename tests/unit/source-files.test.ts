/**
 * The files whose change drops a cache come from the import graph, not from a list kept by
 * hand: the Markdown renderer's and the preview images' drawing code.
 */
import { describe, expect, it } from "vitest";
import { sourceFilesOf } from "../../src/lib/build/source-files.ts";
import { rendererFiles } from "../../src/lib/content/loaders.ts";

describe("the code behind cached content", () => {
  it("holds every file the loaders and the page worker import, the module that renders pages included", () => {
    const files = rendererFiles();
    for (const file of [
      "src/lib/content/page-render.ts",
      "src/lib/content/page-worker.ts",
      "src/lib/content/loaders.ts",
      "src/lib/markdown/render.ts",
      "src/lib/markdown/citations.ts",
      "src/lib/text/typography.ts",
      "src/i18n/fr.ts",
      "src/schemas/incident.ts",
      "package-lock.json",
    ])
      expect(files).toContain(file);
    // Pages' templates are Astro's to hash: they are no part of an entry.
    expect(files.filter((file) => file.startsWith("src/templates/"))).toEqual([]);
  });

  it("follows imports from an entry: the preview images' worker reaches their layout and fonts", () => {
    expect(sourceFilesOf("src/lib/outputs/og/worker.ts")).toEqual(
      expect.arrayContaining([
        "src/lib/outputs/og/worker.ts",
        "src/lib/outputs/og/render.ts",
        "src/lib/outputs/og/layout.ts",
        "src/lib/outputs/og/fonts.ts",
      ]),
    );
  });
});
