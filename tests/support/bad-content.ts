/**
 * The broken content files of `tests/fixtures/bad-content/`: each breaks one content file the
 * way an editor might, and says what the error must name. Those under `schema/` are caught by
 * a collection's schema, and checked by parsing alone (`content-schemas.test.ts`); the others
 * by a real build (`content-errors.test.ts`), as is one schema error to prove the pipeline.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** A part of the replacement text: as written, or a text repeated (to make a file too large). */
type ReplacePart = string | { repeat: string; times: number };

export interface BadContentCase {
  /** The fixture's file name. */
  name: string;
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

const FIXTURES = resolve(import.meta.dirname, "../fixtures/bad-content");

/** The cases of a folder of `tests/fixtures/bad-content/` (`.` for the ones a build checks). */
export function badContentCases(folder: "." | "schema"): BadContentCase[] {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => ({
      name,
      ...(JSON.parse(readFileSync(join(dir, name), "utf8")) as Omit<BadContentCase, "name">),
    }));
}

export const replacementOf = (replace: BadContentCase["replace"]): string =>
  typeof replace === "string"
    ? replace
    : replace.map((part) => (typeof part === "string" ? part : part.repeat.repeat(part.times))).join("");
