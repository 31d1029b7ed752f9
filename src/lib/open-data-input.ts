/** Gathers the open-data input from the content collections (see open-data.ts). */
import { getCollection } from "astro:content";
import { incidentsWithPages } from "./incident-pages.ts";
import type { OpenDataInput } from "./open-data.ts";
import { categoriesInOrder } from "./site-pages.ts";
import { sourceNumbers } from "./vocabulary.ts";

export async function openDataInput(site: URL): Promise<OpenDataInput> {
  const numbers = sourceNumbers();
  const [fr, en] = await Promise.all([incidentsWithPages("fr"), incidentsWithPages("en")]);
  return {
    site,
    generatedAt: new Date(),
    categories: await categoriesInOrder(),
    sources: (await getCollection("sources"))
      .map((entry) => entry.data)
      .sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0)),
    figures: (await getCollection("figures")).map((entry) => entry.data),
    events: (await getCollection("timeline")).map((entry) => entry.data),
    incidents: fr.map((incident) => ({
      id: incident.id,
      data: incident.data,
      url: { fr: incident.url, en: en.find((other) => other.id === incident.id)?.url ?? null },
    })),
  };
}
