/**
 * Each fixture in tests/fixtures/bad-content/ breaks one content file the way an editor
 * might; `npm run build` must fail with a message naming the file and the field or problem.
 * These are the errors only the whole pipeline finds (file reading, Markdown, links across
 * pages, statements against the facts), and one schema error, which proves the build reports
 * schema errors as `content-schemas.test.ts` checks them, by parsing alone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { badContentCases, replacementOf } from "../support/bad-content.ts";
import { createScratchProject, type ScratchProject } from "../support/scratch-project.ts";

const cases = badContentCases(".");

describe("a broken content file fails the build with a message naming file and field", () => {
  it("has at least five kinds of mistakes to try", () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  for (const badCase of cases) {
    describe(`${badCase.name}: ${badCase.why}`, () => {
      let project: ScratchProject;
      let result: { status: number | null; output: string };
      beforeAll(() => {
        project = createScratchProject();
        project.edit(badCase.file, badCase.find, replacementOf(badCase.replace), badCase.encoding);
        result = project.build();
      });
      afterAll(() => project.remove());

      it("fails the build", () => {
        expect(result.status).not.toBe(0);
      });

      for (const expected of badCase.expect) {
        it(`says ${JSON.stringify(expected)}`, () => {
          expect(result.output).toContain(expected);
        });
      }

      for (const misleading of badCase.never ?? []) {
        it(`does not say ${JSON.stringify(misleading)}`, () => {
          expect(result.output).not.toContain(misleading);
        });
      }
    });
  }
});
