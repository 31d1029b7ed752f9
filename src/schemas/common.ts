import { z } from "astro/zod";
import { frenchTypography } from "../lib/text/typography.ts";

/**
 * What the schemas check content against besides its shape: the ids other files may refer to
 * and today's date. The loaders give the one read from `content/`
 * (`src/lib/content/vocabulary.ts`), as Starlight's `docsSchema` takes its context; a test
 * gives its own, so a schema is checked without reading the disk. The lists are functions
 * because the ones read from disk are read again when their file changes (`astro dev`).
 */
export interface Vocabulary {
  /** The ids of `content/sources.yaml`. */
  sourceIds(): ReadonlySet<string>;
  /** The ids of `content/categories.yaml`. */
  categoryIds(): ReadonlySet<string>;
  /** The incidents, `content/incidents/<id>.yaml`. */
  incidentIds(): ReadonlySet<string>;
  /** Today, `YYYY-MM-DD`: every date on the site is a fact of the past. */
  today: string;
}

/** Lowercase ASCII words joined by hyphens: ids and URL slugs (see `src/lib/text/slug.ts`). */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "expected lowercase ASCII words joined by hyphens" });

/** Why a name is refused: shared by the schemas and the glossary's terms. */
export const NAME_PROBLEM = "< and > are not allowed in a name";

/** Whether a text can be a name: no `<` or `>`, which only markup needs. */
export const isName = (text: string): boolean => !/[<>]/.test(text);

/**
 * A name (an operator, a person, a category's label): plain text, which pages and the search
 * page's script data show as written. `<` and `>` are refused: in a name they can only be an
 * attempt at markup.
 */
export const name = z.string().min(1).refine(isName, { error: NAME_PROBLEM });

/** A text in both languages, the French typeset as Markdown body text is. */
function inBothLanguages(text: z.ZodString | typeof name) {
  return z
    .strictObject({ fr: text, en: text })
    .transform((both) => ({ fr: frenchTypography(both.fr), en: both.en }));
}

/**
 * A short text written in both languages. The French is typeset as Markdown body text is
 * (no-break spaces, typographic apostrophes), so facts read the same in a table as in prose.
 */
export const localized = inBothLanguages(z.string().min(1));

/** A name written in both languages (a category's label). */
export const localizedName = inBothLanguages(name);

/** The fields checked against a vocabulary: dates not after today, references to known ids. */
export function vocabularyFields(vocabulary: Vocabulary) {
  const { today } = vocabulary;
  const notInFuture = (value: string) => value.slice(0, today.length) <= today;
  const futureError = (issue: { input: unknown }) =>
    `${String(issue.input)} is in the future (today is ${today})`;

  /** A reference to an entry of `content/sources.yaml`. */
  const sourceRef = z.string().refine((id) => vocabulary.sourceIds().has(id), {
    error: (issue) => `unknown source id "${String(issue.input)}" (not in content/sources.yaml)`,
  });

  return {
    /**
     * A calendar date written `YYYY-MM-DD`, not after the build date; kept as a string so no
     * time zone can shift it.
     */
    isoDate: z.iso
      .date({ error: "expected a date written YYYY-MM-DD" })
      .refine(notInFuture, { error: futureError }),

    /** A date, or only a month (`YYYY-MM`) when the source gives no day. */
    isoDateOrMonth: z
      .union([z.iso.date(), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)], {
        error: "expected a date written YYYY-MM-DD, or a month written YYYY-MM",
      })
      .refine(notInFuture, { error: futureError }),

    sourceRef,

    /** At least one source: every stated fact cites where it was read. */
    sourceRefs: z.array(sourceRef).min(1, { error: "cite at least one source id" }),

    categoryRef: z.string().refine((id) => vocabulary.categoryIds().has(id), {
      error: (issue) => `unknown data category "${String(issue.input)}" (not in content/categories.yaml)`,
    }),

    incidentRef: z.string().refine((id) => vocabulary.incidentIds().has(id), {
      error: (issue) => `unknown incident "${String(issue.input)}" (no content/incidents/<id>.yaml)`,
    }),
  };
}

export const POPULATIONS = ["insured", "professionals"] as const;
export const population = z.enum(POPULATIONS);
export type Population = z.infer<typeof population>;
