/**
 * Which incidents' exposure tables are also drawn as images, and the files' names: the
 * incident page that links to an image and the route that draws it read them here.
 */
import type { Lang } from "../../i18n/langs.ts";
import { siteConfig } from "../../site.config.ts";
import type { IncidentRecord, SiteModel } from "./model.ts";

/** File name without extension: `exposition-viamedis-2024-fr`. */
export function exposureImageName(id: string, lang: Lang): string {
  return `exposition-${id}-${lang}`;
}

const drawnByModel = new WeakMap<SiteModel, Map<Lang, IncidentRecord[]>>();

/**
 * The incidents drawn as images in a language: the featured ones, then the newest health
 * leaks, up to `siteConfig.lists.tableImages`, and the newest leaks that complete the picture,
 * up to `tableImagesRelated`, so the build's cost does not grow with every incident.
 */
export function incidentsWithImages(site: SiteModel, lang: Lang): IncidentRecord[] {
  // Computed once per model and language: every incident page asks.
  let byLang = drawnByModel.get(site);
  if (!byLang) drawnByModel.set(site, (byLang = new Map()));
  let drawn = byLang.get(lang);
  if (!drawn) {
    // Each group has its own quota, so the second never takes the health leaks' place.
    const ordered = site.incidentsFeaturedFirst(lang);
    drawn = [
      ...ordered
        .filter((incident) => incident.data.group === "health")
        .slice(0, siteConfig.lists.tableImages),
      ...ordered
        .filter((incident) => incident.data.group === "related")
        .slice(0, siteConfig.lists.tableImagesRelated),
    ];
    byLang.set(lang, drawn);
  }
  return drawn;
}
