/**
 * A 10,000-page search index without a 10,000-page build (section 4, when the full build does
 * not fit in the time budget). Starting from a real build of our pipeline, each missing
 * incident page is written from a built one: same page shell, exposure table and sources, with
 * the operator, id, title, summary and body replaced by the new incident's own, rendered by the
 * site's Markdown module exactly as the loader does. Pagefind then indexes the whole folder
 * with the site's own indexing code. What differs from a real build: the search page's
 * incident filter still lists only the built incidents, and each generated page shows the
 * template's exposure table.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { splitFrontmatter } from "../../../src/lib/content/files.ts";
import { renderMarkdown } from "../../../src/lib/markdown/render.ts";
import { sourceNumbers } from "../../../src/lib/content/vocabulary.ts";
import { indexFolder } from "../../../src/lib/outputs/search-index.ts";
import type { SyntheticIncident } from "../synthetic/incident.ts";

interface RenderedPage {
  title: string;
  summaryHtml: string;
  bodyHtml: string;
}

const numbers = sourceNumbers();

/** Summary first, then body, sharing one env: the loader's order (heading ids, citations). */
function renderPage(incident: SyntheticIncident): RenderedPage {
  const { data, body } = splitFrontmatter(incident.page, `${incident.id}.md`);
  const { title, summary } = data as { title: string; summary: string };
  const env = { sourceNumbers: numbers };
  const summaryHtml = renderMarkdown(summary, "fr", env).html;
  return { title, summaryHtml, bodyHtml: renderMarkdown(body, "fr", env).html };
}

function replaceOnce(html: string, find: string, replacement: string, what: string): string {
  const at = html.indexOf(find);
  if (at === -1) throw new Error(`generated pages: the built template no longer contains its ${what}`);
  return html.slice(0, at) + replacement + html.slice(at + find.length);
}

/** Pages `built` (already in `dist`) up to `incidents.length`, then a new Pagefind index. */
export async function addGeneratedPages(
  dist: string,
  incidents: SyntheticIncident[],
  built: number,
): Promise<void> {
  const template = incidents[0];
  if (!template) throw new Error("no incident to use as a template");
  const shell = readFileSync(join(dist, "incidents", template.id, "index.html"), "utf8");
  const original = renderPage(template);
  for (const incident of incidents.slice(built)) {
    const page = renderPage(incident);
    let html = replaceOnce(shell, original.bodyHtml, page.bodyHtml, "body");
    html = replaceOnce(html, original.summaryHtml, page.summaryHtml, "summary");
    html = html
      .replaceAll(original.title, page.title)
      .replaceAll(template.operator, incident.operator)
      .replaceAll(template.id, incident.id);
    mkdirSync(join(dist, "incidents", incident.id), { recursive: true });
    writeFileSync(join(dist, "incidents", incident.id, "index.html"), html);
  }
  rmSync(join(dist, "pagefind"), { recursive: true, force: true });
  await indexFolder(dist);
}
