/**
 * Each fixture in tests/fixtures/bad-content/ breaks one content file the way an editor
 * might; `npm run build` must fail with a message naming the file and the field or problem.
 * These are the errors only the whole pipeline finds (file reading, Markdown, links across
 * pages, statements against the facts), and one schema error, which proves the build reports
 * schema errors as `content-schemas.test.ts` checks them, by parsing alone.
 */
import { availableParallelism } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { badContentCases, replacementOf, type BadContentCase } from "../support/bad-content.ts";
import { createScratchProject, type RunResult } from "../support/scratch-project.ts";

const cases = badContentCases(".");

/**
 * Two builds side by side: one keeps about 1.4 of two cores busy (Astro starts on one core,
 * the checks wait for Pagefind), and one at a time, these builds took 137 s, over half of
 * the unit tests' time.
 */
const SIDE_BY_SIDE = Math.min(2, availableParallelism());

async function buildCase(badCase: BadContentCase): Promise<RunResult> {
  const project = createScratchProject();
  try {
    project.edit(badCase.file, badCase.find, replacementOf(badCase.replace), badCase.encoding);
    return await project.buildInBackground();
  } finally {
    project.remove();
  }
}

/** Every case's build, started once for the whole file, at most SIDE_BY_SIDE at a time. */
function buildAll(all: readonly BadContentCase[]): {
  results: Map<string, Promise<RunResult>>;
  done: Promise<unknown>;
} {
  const jobs = all.map((badCase) => ({ badCase, ...Promise.withResolvers<RunResult>() }));
  const results = new Map(jobs.map((job) => [job.badCase.name, job.promise]));
  const waiting = [...jobs];
  const worker = async () => {
    for (let job = waiting.shift(); job; job = waiting.shift()) {
      await buildCase(job.badCase).then(job.resolve, job.reject);
    }
  };
  return { results, done: Promise.all(Array.from({ length: SIDE_BY_SIDE }, worker)) };
}

describe("a broken content file fails the build with a message naming file and field", () => {
  it("has at least five kinds of mistakes to try", () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  let builds: ReturnType<typeof buildAll>;
  beforeAll(() => {
    builds = buildAll(cases);
  });
  // No scratch copy is left behind, even when a test failed early.
  afterAll(() => builds.done);

  for (const badCase of cases) {
    describe(`${badCase.name}: ${badCase.why}`, () => {
      let result: RunResult;
      beforeAll(async () => {
        const built = builds.results.get(badCase.name);
        if (!built) throw new Error(`no build for ${badCase.name}`);
        result = await built;
      });

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
