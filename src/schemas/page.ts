import { z } from "astro/zod";
import { slugId, vocabularyFields, type Vocabulary } from "./common.ts";
import { INCIDENT_GROUPS } from "./incident.ts";

export const PAGE_KINDS = [
  "home",
  "incident",
  "incidents",
  "category",
  "categories",
  "guidance",
  "faq",
  "faq-index",
  "sources",
  "updates",
  "press",
  "about",
  "legal",
  "accessibility",
  "glossary",
  "search",
  "scam-check",
  "scam-care",
  "scam-services",
  "scam-actions",
  "scam-examples",
  "access-letter",
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * Kinds of page that speak about incidents in general (not about one incident, not generated
 * lists): each declares in `reviewedFor` the incidents it was last reviewed against, so adding
 * an incident lists every page to review again (`src/lib/content/reviews.ts`).
 */
export const REVIEWED_KINDS: ReadonlySet<PageKind> = new Set<PageKind>([
  "home",
  "incidents",
  "category",
  "categories",
  "guidance",
  "faq",
  "faq-index",
  "press",
  "about",
  "legal",
  "accessibility",
  "glossary",
  "scam-check",
  "scam-care",
  "scam-services",
  "scam-actions",
  "scam-examples",
  "access-letter",
]);

/** A field only some kinds have: on any other it is refused in these words. */
const onlyFor = (message: string) => z.undefined({ error: message }).optional();

/** A field a kind needs: its absence is told in these words. */
const neededBy = <T extends z.ZodType>(field: T, message: string) =>
  z.custom<unknown>((value) => value !== undefined, { error: message }).pipe(field);

/** The fields of the kinds that do not have them, and of those that may. */
const otherKindFields = {
  /** For `kind: incident`: the facts file it shows. */
  incident: onlyFor("only an incident page (`kind: incident`) has an `incident`"),
  /** For `kind: category`: the data category it explains. */
  category: onlyFor("only a data page (`kind: category`) has a `category`"),
  /**
   * A bibliography (`kind: sources`) of one incident group lists the sources of that group
   * (content/sources.yaml `group`), under the key `sources-<group>`; the bibliography without
   * it (key `sources`) lists the others.
   */
  group: onlyFor("only a bibliography (`kind: sources`) has a `group`"),
  reviewedFor: onlyFor("only a page that speaks about incidents in general has `reviewedFor`"),
};

/** The kinds with fields of their own; the others differ only in whether they are reviewed. */
const SPECIAL_KINDS = ["incident", "category", "sources"] as const;
type OtherKind = Exclude<PageKind, (typeof SPECIAL_KINDS)[number]>;
const otherKinds = (reviewed: boolean) =>
  PAGE_KINDS.filter(
    (kind): kind is OtherKind =>
      !(SPECIAL_KINDS as readonly string[]).includes(kind) && REVIEWED_KINDS.has(kind) === reviewed,
    // z.enum wants a list it knows is not empty; both lists have several kinds.
  ) as [OtherKind, ...OtherKind[]];

/**
 * Frontmatter of a Markdown page, `content/pages/<lang>/<path>.md`. Its `kind` picks the
 * template and the fields the page has: an incident page names its incident, a data page its
 * category, a general page the incidents it was reviewed against.
 */
export function pageSchema(vocabulary: Vocabulary) {
  const { categoryRef, incidentRef, isoDate } = vocabularyFields(vocabulary);

  const change = z.strictObject({
    date: isoDate,
    /** One sentence: what changed for the reader. */
    summary: z.string().min(1),
  });

  /** Fields every page has, whatever its kind. */
  const pageFields = {
    title: z.string().min(1),
    /** One or two sentences for search engines and link previews. */
    description: z.string().min(20).max(300),
    /**
     * "L'essentiel": a few sentences (Markdown) a worried reader can stop after, shown first.
     * Citations and headings are allowed, as in the body.
     */
    summary: z.string().min(1).optional(),
    /** Shared by a page and its translations, so the language switch finds the counterpart. */
    key: slugId,
    /**
     * Other names readers type for the page (« arnaque sms »): a search for one of them
     * ranks the page as if its title were that name.
     */
    aliases: z.array(z.string().min(1)).optional(),
    /** Position among the pages of the same folder where a list shows them (FAQ themes). */
    order: z.number().int().nonnegative().optional(),
    /**
     * True for a page deliberately left without a translation: it then shows a notice linking
     * to the other language, and the parity test accepts it.
     */
    notTranslated: z.boolean().default(false),
    published: isoDate,
    updated: isoDate,
    /** Dated list of changes, newest first; feeds the page history and the site-wide log. */
    changes: z.array(change).min(1, { error: "list at least one dated change" }),
  };

  /**
   * The incidents this page's statements were last checked against, for the kinds in
   * `REVIEWED_KINDS`. After adding an incident, review the page and add its id.
   */
  const reviewedFor = neededBy(
    z.array(incidentRef),
    "a page that speaks about incidents in general needs `reviewedFor: [<incident id>, …]`, the incidents its statements were checked against",
  );

  return z
    .discriminatedUnion(
      "kind",
      [
        z.strictObject({
          ...pageFields,
          ...otherKindFields,
          kind: z.literal("incident"),
          incident: neededBy(incidentRef, "an incident page needs `incident: <id>`"),
        }),
        z.strictObject({
          ...pageFields,
          ...otherKindFields,
          kind: z.literal("category"),
          category: neededBy(categoryRef, "a category page needs `category: <id>`"),
          reviewedFor,
        }),
        z
          .strictObject({
            ...pageFields,
            ...otherKindFields,
            kind: z.literal("sources"),
            group: z.enum(INCIDENT_GROUPS).optional(),
          })
          // Pages find a group's bibliography by its key.
          .refine((page) => page.key === (page.group ? `sources-${page.group}` : "sources"), {
            error: "a bibliography's key is `sources`, or `sources-<group>` when it has a `group`",
            path: ["key"],
          }),
        z.strictObject({ ...pageFields, ...otherKindFields, kind: z.enum(otherKinds(true)), reviewedFor }),
        z.strictObject({ ...pageFields, ...otherKindFields, kind: z.enum(otherKinds(false)) }),
      ],
      { error: `expected a kind among ${PAGE_KINDS.join(", ")} (which picks the template)` },
    )
    .refine((page) => page.updated >= page.published, {
      error: "updated must not be before published",
      path: ["updated"],
    })
    .refine(
      (page) => page.changes.every((change) => change.date >= page.published && change.date <= page.updated),
      {
        error: "every change must be dated between published and updated",
        path: ["changes"],
      },
    )
    .refine((page) => page.changes.some((change) => change.date === page.updated), {
      error: "updated must be the date of the latest change: log what changed in `changes`",
      path: ["updated"],
    });
}

export type PageData = z.infer<ReturnType<typeof pageSchema>>;
