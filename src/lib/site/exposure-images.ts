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

/**
 * The incidents drawn as images in a language: the featured ones, then the newest health
 * leaks, up to `siteConfig.lists.tableImages`, and the newest leaks that complete the picture,
 * up to `tableImagesRelated`, so the build's cost does not grow with every incident. Each
 * group has its own quota, so the second never takes the health leaks' place.
 */
export function incidentsWithImages(site: SiteModel, lang: Lang): IncidentRecord[] {
  return [
    ...site.incidentsFeaturedFirst(lang, "health").slice(0, siteConfig.lists.tableImages),
    ...site.incidentsFeaturedFirst(lang, "related").slice(0, siteConfig.lists.tableImagesRelated),
  ];
}
