/**
 * The files whose change drops a cache come from the import graph, not from a list kept by
 * hand: the Markdown renderer's and the preview images' drawing code.
 */
import { describe, expect, it } from "vitest";
import { codeFiles, codeHash, sourceFilesOf } from "../../src/lib/build/source-files.ts";
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

describe("the cache keys of the build's code", () => {
  it("cover what the page checks run: the checks, the claims and their facts' reader", () => {
    const files = codeFiles("scripts/build.ts");
    for (const file of [
      "scripts/built-page-checks.ts",
      "src/lib/facts/claims.ts",
      "src/lib/content/claim-facts.ts",
      "src/lib/text/typography.ts",
      "src/lib/outputs/markup-check.ts",
      "package-lock.json",
    ])
      expect(files).toContain(file);
  });

  it("differ between two pieces of code", () => {
    const key = (entry: string) => codeHash(entry).digest("hex");
    expect(key("src/lib/outputs/exposure-image/worker.ts")).toBe(
      key("src/lib/outputs/exposure-image/worker.ts"),
    );
    expect(key("src/lib/outputs/exposure-image/worker.ts")).not.toBe(key("src/lib/outputs/og/worker.ts"));
  });
});
