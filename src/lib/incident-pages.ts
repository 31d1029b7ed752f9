import { getCollection, type CollectionEntry } from "astro:content";
import type { Lang } from "../i18n/index.ts";
import type { Incident } from "../schemas/incident.ts";
import { pagesOf } from "./site-pages.ts";
import { urlOfPage } from "./urls.ts";

export interface IncidentWithPage {
  id: string;
  data: Incident;
  title: string;
  url: string;
}

/** Incidents that have a page in this language, newest announcement first. */
export async function incidentsWithPages(lang: Lang): Promise<IncidentWithPage[]> {
  const pages = (await pagesOf(lang)).filter((page) => page.data.kind === "incident");
  const incidents: CollectionEntry<"incidents">[] = await getCollection("incidents");
  return incidents
    .flatMap((incident) => {
      const page = pages.find((candidate) => candidate.data.incident === incident.id);
      return page
        ? [{ id: incident.id, data: incident.data, title: page.data.title, url: urlOfPage(page.id) }]
        : [];
    })
    .sort((a, b) => b.data.dates.announced.localeCompare(a.data.dates.announced));
}
