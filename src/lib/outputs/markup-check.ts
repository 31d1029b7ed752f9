/**
 * What no built page may hold, whatever its content: two elements with one id (a heading's
 * `{#main}` takes the layout's id, and the skip link or an anchor then leads elsewhere), and
 * a JSON `<script>` element that does not parse (a text closed the element early: what
 * follows became markup, and the page's script fails). Run by the build on every page.
 */
import type { PageScan } from "./built-site.ts";

export function markupFaults(page: Pick<PageScan, "ids" | "jsonScripts">): string[] {
  const faults: string[] = [];
  const counts = new Map<string, number>();
  for (const id of page.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, count] of counts) {
    if (count > 1) faults.push(`id ${JSON.stringify(id)} is used by ${count} elements`);
  }
  for (const [index, text] of page.jsonScripts.entries()) {
    try {
      JSON.parse(text);
    } catch (error) {
      faults.push(
        `JSON script ${index + 1} does not parse (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  return faults;
}
