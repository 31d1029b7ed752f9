/**
 * The review obligation: every page that speaks about incidents in general records the
 * incidents it was reviewed against; adding an incident lists those pages, and `npm test`
 * fails (`scripts/check-reviews.ts`) until each is reviewed.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeUnreviewed, reviewsOf, unreviewedPages } from "../../src/lib/content/reviews.ts";
import { createScratchProject } from "../support/scratch-project.ts";

const ROOT = resolve(import.meta.dirname, "../..");

describe("the review obligation", () => {
  it("asks general pages, not incident pages or generated lists, for the incidents they miss", () => {
    const pages = [
      { file: "home.md", kind: "home", reviewedFor: ["a"] },
      { file: "faq.md", kind: "faq", reviewedFor: ["a", "b"] },
      { file: "incident.md", kind: "incident", reviewedFor: undefined },
      { file: "sources.md", kind: "sources", reviewedFor: undefined },
    ];
    expect(unreviewedPages(pages, ["a", "b"])).toEqual([{ file: "home.md", incidents: ["b"] }]);
  });

  it("holds for every general page of this site", () => {
    expect(describeUnreviewed(reviewsOf(ROOT))).toBe("");
  });

  describe("when an eighth incident is added", () => {
    const project = createScratchProject();
    afterAll(() => project.remove());
    writeFileSync(join(project.dir, "content/incidents/new-leak-2026.yaml"), "operator: New\n");
    const unreviewed = reviewsOf(project.dir);

    it("lists every general page, in both languages, as not reviewed for it", () => {
      const files = unreviewed.map((page) => page.file);
      expect(files).toContain("content/pages/fr/index.md");
      expect(files).toContain("content/pages/en/faq/my-data.md");
      expect(files).toContain("content/pages/fr/donnees/adresse-postale.md");
      expect(files).not.toContain("content/pages/fr/incidents/viamedis-2024.md");
      expect(unreviewed.every((page) => page.incidents.includes("new-leak-2026"))).toBe(true);
    });

    it("fails the check that npm test runs, naming the incident and the pages", () => {
      const run = spawnSync(
        join(ROOT, "node_modules/.bin/node"),
        [join(ROOT, "scripts/check-reviews.ts"), project.dir],
        {
          encoding: "utf8",
        },
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("not reviewed for new-leak-2026");
      expect(run.stderr).toContain("content/pages/en/what-to-do.md");
    });
  });
});
