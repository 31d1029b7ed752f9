import { z } from "astro/zod";
import { frenchTypography } from "../lib/text/typography.ts";
import { knownCategoryIds, knownIncidentIds, knownSourceIds } from "../lib/content/vocabulary.ts";
import { BUILD_DAY } from "../lib/build/clock.ts";

/** Today at build time, `YYYY-MM-DD`: every date on the site is a fact of the past. */
const TODAY = BUILD_DAY;
const notInFuture = (value: string) => value.slice(0, TODAY.length) <= TODAY;
const futureError = (issue: { input: unknown }) =>
  `${String(issue.input)} is in the future (today is ${TODAY})`;

/**
 * A calendar date written `YYYY-MM-DD`, not after the build date; kept as a string so no
 * time zone can shift it.
 */
export const isoDate = z.iso
  .date({ error: "expected a date written YYYY-MM-DD" })
  .refine(notInFuture, { error: futureError });

/** A date, or only a month (`YYYY-MM`) when the source gives no day. */
export const isoDateOrMonth = z
  .union([z.iso.date(), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)], {
    error: "expected a date written YYYY-MM-DD, or a month written YYYY-MM",
  })
  .refine(notInFuture, { error: futureError });

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

/** A reference to an entry of `content/sources.yaml`. */
export const sourceRef = z.string().refine((id) => knownSourceIds().has(id), {
  error: (issue) => `unknown source id "${String(issue.input)}" (not in content/sources.yaml)`,
});

/** At least one source: every stated fact cites where it was read. */
export const sourceRefs = z.array(sourceRef).min(1, { error: "cite at least one source id" });

export const categoryRef = z.string().refine((id) => knownCategoryIds().has(id), {
  error: (issue) => `unknown data category "${String(issue.input)}" (not in content/categories.yaml)`,
});

export const incidentRef = z.string().refine((id) => knownIncidentIds().has(id), {
  error: (issue) => `unknown incident "${String(issue.input)}" (no content/incidents/<id>.yaml)`,
});

export const POPULATIONS = ["insured", "professionals"] as const;
export const population = z.enum(POPULATIONS);
export type Population = z.infer<typeof population>;
