/**
 * `npm run compare-dist`: what shows that a change left the built site as it was. It must see
 * a changed byte, a file gone and a file added, and nothing where both folders are the same.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compareFolders } from "../../scripts/compare-dist.ts";

const scratch = mkdtempSync(join(tmpdir(), "compare-dist-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const root = join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe("comparing two built sites", () => {
  const site = { "index.html": "<p>Accueil</p>", "en/index.html": "<p>Home</p>" };

  it("finds nothing between identical sites", () => {
    expect(compareFolders(folder("a", site), folder("b", site))).toEqual({
      counts: { before: 2, after: 2 },
      onlyBefore: [],
      onlyAfter: [],
      differing: [],
    });
  });

  it("names a file whose bytes changed, one gone and one added, in subfolders too", () => {
    const before = folder("c", { ...site, "old/index.html": "x" });
    const after = folder("d", { ...site, "en/index.html": "<p>Home!</p>", "new/index.html": "y" });
    expect(compareFolders(before, after)).toEqual({
      counts: { before: 3, after: 3 },
      onlyBefore: ["old/index.html"],
      onlyAfter: ["new/index.html"],
      differing: ["en/index.html"],
    });
  });
});
