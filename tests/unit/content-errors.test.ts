/**
 * Each fixture in tests/fixtures/bad-content/ breaks one content file the way an editor
 * might; `npm run build` must fail with a message naming the file and the field or problem.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchProject, type ScratchProject } from "../support/scratch-project.ts";

/** A part of the replacement text: as written, or a text repeated (to make a file too large). */
type ReplacePart = string | { repeat: string; times: number };

interface BadContentCase {
  why: string;
  file: string;
  find: string;
  replace: string | ReplacePart[];
  /** How the edited file is written: `latin1` makes a file that is not UTF-8. */
  encoding?: "utf8" | "latin1";
  expect: string[];
  /** Texts the message must not hold (a misleading error). */
  never?: string[];
}

const replacementOf = (replace: BadContentCase["replace"]): string =>
  typeof replace === "string"
    ? replace
    : replace.map((part) => (typeof part === "string" ? part : part.repeat.repeat(part.times))).join("");

const FIXTURES = resolve(import.meta.dirname, "../fixtures/bad-content");
const cases = readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".json"))
  .map((name) => ({ name, ...(JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) as BadContentCase) }));

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
