/**
 * The review obligation: a page that speaks about incidents in general lists in `reviewedFor`
 * the incidents its statements were checked against. When an incident is added, every such
 * page not yet reviewed for it is listed: a warning in `npm run build`, an error in `npm test`
 * (`scripts/check-reviews.ts`), until someone has read the page against the new facts.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { REVIEWED_KINDS, type PageKind } from "../../schemas/page.ts";
import { pageFiles } from "./page-files.ts";

export interface ReviewedPage {
  file: string;
  kind: string;
  reviewedFor: readonly string[] | undefined;
}

export interface Unreviewed {
  file: string;
  /** The incidents it was not reviewed for. */
  incidents: string[];
}

/** Pages that speak about incidents in general and miss some incident in `reviewedFor`. */
export function unreviewedPages(pages: readonly ReviewedPage[], incidentIds: readonly string[]): Unreviewed[] {
  return pages.flatMap((page) => {
    if (!REVIEWED_KINDS.has(page.kind as PageKind)) return [];
    const reviewed = new Set(page.reviewedFor ?? []);
    const missing = incidentIds.filter((id) => !reviewed.has(id));
    return missing.length > 0 ? [{ file: page.file, incidents: missing }] : [];
  });
}

/** The pages and incidents of a project folder, read from disk. */
export function reviewsOf(root: string): Unreviewed[] {
  const incidentIds = readdirSync(join(root, "content", "incidents"))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => name.replace(/\.yaml$/, ""))
    .sort();
  const pages = pageFiles(root).map((page) => ({
    file: page.file,
    kind: String(page.data["kind"] ?? ""),
    reviewedFor: Array.isArray(page.data["reviewedFor"]) ? page.data["reviewedFor"].map(String) : undefined,
  }));
  return unreviewedPages(pages, incidentIds);
}

/**
 * What to tell the editor: the pages to review, grouped by the incidents they miss (adding one
 * incident gives one group). Ten thousand generated incidents (the benchmark) must not print a
 * million lines: long lists are cut, saying how much.
 */
export function describeUnreviewed(unreviewed: readonly Unreviewed[]): string {
  const groups = new Map<string, { incidents: string[]; files: string[] }>();
  for (const page of unreviewed) {
    const key = page.incidents.join(" ");
    const group = groups.get(key) ?? { incidents: page.incidents, files: [] };
    group.files.push(page.file);
    groups.set(key, group);
  }
  const cut = (items: readonly string[], max: number) =>
    items.length > max ? [...items.slice(0, max), `… and ${items.length - max} more`] : items;
  return [...groups.values()]
    .map(({ incidents, files }) =>
      [
        `${files.length} general page(s) not reviewed for ${cut(incidents, 10).join(", ")}.`,
        "Read each against the facts of these incidents, then add their ids to its reviewedFor:",
        ...cut(files, 80).map((file) => `  ${file}`),
      ].join("\n"),
    )
    .join("\n");
}
