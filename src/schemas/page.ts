import { z } from "astro/zod";
import { categoryRef, incidentRef, isoDate, slugId } from "./common.ts";
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

const change = z.strictObject({
  date: isoDate,
  /** One sentence: what changed for the reader. */
  summary: z.string().min(1),
});

/** Frontmatter of a Markdown page, `content/pages/<lang>/<path>.md`. */
export const pageSchema = z
  .strictObject({
    title: z.string().min(1),
    /** One or two sentences for search engines and link previews. */
    description: z.string().min(20).max(300),
    /**
     * "L'essentiel": a few sentences (Markdown) a worried reader can stop after, shown first.
     * Citations and headings are allowed, as in the body.
     */
    summary: z.string().min(1).optional(),
    /** Which template renders the page. */
    kind: z.enum(PAGE_KINDS),
    /** Shared by a page and its translations, so the language switch finds the counterpart. */
    key: slugId,
    /** For `kind: incident`: the facts file it shows. */
    incident: incidentRef.optional(),
    /** For `kind: category`: the data category it explains. */
    category: categoryRef.optional(),
    /**
     * The incidents this page's statements were last checked against, for the kinds in
     * `REVIEWED_KINDS`. After adding an incident, review the page and add its id.
     */
    reviewedFor: z.array(incidentRef).optional(),
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
    /**
     * A bibliography (`kind: sources`) of one incident group lists the sources of that group
     * (content/sources.yaml `group`), under the key `sources-<group>`; the bibliography without
     * it (key `sources`) lists the others.
     */
    group: z.enum(INCIDENT_GROUPS).optional(),
    published: isoDate,
    updated: isoDate,
    /** Dated list of changes, newest first; feeds the page history and the site-wide log. */
    changes: z.array(change).min(1, { error: "list at least one dated change" }),
  })
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
  })
  .refine((page) => page.kind !== "incident" || page.incident, {
    error: "an incident page needs `incident: <id>`",
    path: ["incident"],
  })
  .refine((page) => page.kind === "sources" || !page.group, {
    error: "only a bibliography (`kind: sources`) has a `group`",
    path: ["group"],
  })
  // Pages find a group's bibliography by its key.
  .refine(
    (page) => page.kind !== "sources" || page.key === (page.group ? `sources-${page.group}` : "sources"),
    {
      error: "a bibliography's key is `sources`, or `sources-<group>` when it has a `group`",
      path: ["key"],
    },
  )
  .refine((page) => page.kind !== "category" || page.category, {
    error: "a category page needs `category: <id>`",
    path: ["category"],
  })
  .refine((page) => !REVIEWED_KINDS.has(page.kind) || page.reviewedFor, {
    error:
      "a page that speaks about incidents in general needs `reviewedFor: [<incident id>, …]`, the incidents its statements were checked against",
    path: ["reviewedFor"],
  });

export type PageData = z.infer<typeof pageSchema>;
