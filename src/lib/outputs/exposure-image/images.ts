/** Which exposure images exist (one per incident page) and what they say, from the site model. */
import { whoSays } from "../../../schemas/incident.ts";
import { formatDate, t, upperFirst } from "../../../i18n/index.ts";
import { LANGS, type Lang } from "../../../i18n/langs.ts";
import { exposureRows, populationsOf } from "../../facts/exposure.ts";
import type { IncidentRecord, SiteModel } from "../../site/model.ts";
import { populationLabel } from "../../site/population-label.ts";
import { siteConfig } from "../../../site.config.ts";
import type { ExposureImageText } from "./draw.ts";

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

export function exposureImages(site: SiteModel, siteUrl: URL): { name: string; text: ExposureImageText }[] {
  return LANGS.flatMap((lang) =>
    incidentsWithImages(site, lang).map((incident) => {
      const page = incident.pages[lang];
      return {
        name: exposureImageName(incident.id, lang),
        text: {
          title: t(lang, "exposureImage.title", { title: page?.data.title ?? incident.data.operator }),
          populations: populationsOf(incident.data).map((population) => ({
            caption: upperFirst(populationLabel(incident.data, population, lang)),
            rows: exposureRows(incident.data, population, site.categories).map(({ category, entry }) => ({
              // The table's attribution stays with the state it qualifies.
              label: entry.according
                ? `${category.label[lang]} (${t(lang, "meaning.according", { who: whoSays(entry.according, lang) ?? "" })})`
                : category.label[lang],
              state: entry.status,
              stateLabel: t(lang, `exposure.${entry.status}`),
            })),
          })),
          footer: t(lang, "exposureImage.footer", {
            site: t(lang, "site.name"),
            url: new URL(page?.url ?? "/", siteUrl).href,
            date: formatDate(lang, incident.data.updated),
          }),
        },
      };
    }),
  );
}

/** Every text an image draws, in order: title, captions, rows and their states, footer. */
export function exposureImageTexts({ title, populations, footer }: ExposureImageText): string[] {
  return [
    title,
    ...populations.flatMap(({ caption, rows }) => [
      caption,
      ...rows.flatMap(({ label, stateLabel }) => [label, stateLabel]),
    ]),
    footer,
  ];
}
