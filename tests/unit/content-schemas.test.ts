/**
 * The broken content files of tests/fixtures/bad-content/schema/, each caught by its
 * collection's schema: parsed as the loaders read them and checked against the vocabulary of
 * `content/`, without a build. The message must name the file, the entry and the field
 * (`content-errors.test.ts` builds one such case, to show the build says the same).
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "astro/zod";
import { parseYaml, splitFrontmatter } from "../../src/lib/content/files.ts";
import { contentVocabulary } from "../../src/lib/content/vocabulary.ts";
import type { Vocabulary } from "../../src/schemas/common.ts";
import { categorySchema } from "../../src/schemas/category.ts";
import { eventSchema } from "../../src/schemas/event.ts";
import { figureSchema } from "../../src/schemas/figure.ts";
import { incidentSchema } from "../../src/schemas/incident.ts";
import { pageSchema } from "../../src/schemas/page.ts";
import { scamCheckSchema } from "../../src/schemas/scam-check.ts";
import { sourceSchema } from "../../src/schemas/source.ts";
import { synonymSchema } from "../../src/schemas/synonym.ts";
import { badContentCases, replacementOf } from "../support/bad-content.ts";

const ROOT = join(import.meta.dirname, "../..");

/** The files that hold a list of entries, each checked by the schema (as `src/content.config.ts` says). */
const LISTS: Record<string, (vocabulary: Vocabulary) => z.ZodType> = {
  "sources.yaml": sourceSchema,
  "categories.yaml": categorySchema,
  "figures.yaml": figureSchema,
  "timeline.yaml": eventSchema,
  "search-synonyms.yaml": () => synonymSchema,
};

/** The entries of a content file, with the schema each must satisfy. */
function entriesOf(file: string, text: string): { id: string; data: unknown; schema: z.ZodType }[] {
  const vocabulary = contentVocabulary;
  if (file.startsWith("content/pages/")) {
    return [{ id: file, data: splitFrontmatter(text, file).data, schema: pageSchema(vocabulary) }];
  }
  if (file.startsWith("content/incidents/")) {
    return [{ id: basename(file, ".yaml"), data: parseYaml(text, file), schema: incidentSchema(vocabulary) }];
  }
  if (file === "content/scam-check.yaml") {
    return [{ id: "scam-check", data: parseYaml(text, file), schema: scamCheckSchema(vocabulary) }];
  }
  const list = LISTS[basename(file)];
  if (!list) throw new Error(`${file}: no schema known for this file`);
  const schema = list(vocabulary);
  return (parseYaml(text, file) as { id: string }[]).map((entry) => ({ id: entry.id, data: entry, schema }));
}

/** An issue's message, and those of the issues within it (a record's key: why it is refused). */
const messagesOf = (issue: z.core.$ZodIssue): string[] => [
  issue.message,
  ...("issues" in issue ? issue.issues.flatMap(messagesOf) : []),
];

/** Every schema problem of a content file's text, each naming the file, the entry and the field. */
function schemaProblems(file: string, text: string): string[] {
  return entriesOf(file, text).flatMap(({ id, data, schema }) => {
    const result = schema.safeParse(data);
    if (result.success) return [];
    return result.error.issues.map(
      (issue) => `${file}: ${id}: ${issue.path.join(".")}: ${messagesOf(issue).join(": ")}`,
    );
  });
}

describe("a broken content file is refused by its schema, naming file, entry and field", () => {
  const cases = badContentCases("schema");

  it("has a case for each kind of schema mistake", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const badCase of cases) {
    describe(`${badCase.name}: ${badCase.why}`, () => {
      const original = readFileSync(join(ROOT, badCase.file), "utf8");
      if (!original.includes(badCase.find))
        throw new Error(`${badCase.file} does not contain ${badCase.find}`);
      const broken = original.replace(badCase.find, () => replacementOf(badCase.replace));
      const message = schemaProblems(badCase.file, broken).join("\n");

      it("the file as it is has no schema problem", () => {
        expect(schemaProblems(badCase.file, original)).toEqual([]);
      });

      for (const expected of badCase.expect) {
        it(`says ${JSON.stringify(expected)}`, () => {
          expect(message).toContain(expected);
        });
      }
    });
  }
});
