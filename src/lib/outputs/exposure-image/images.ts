/**
 * What each exposure image says, from the site model; which incidents have one, and its file
 * name, are the site's (`src/lib/site/exposure-images.ts`), which the incident page shares.
 */
import { whoSays } from "../../../schemas/incident.ts";
import { formatDate, t, upperFirst } from "../../../i18n/index.ts";
import { LANGS } from "../../../i18n/langs.ts";
import { exposureRows, populationsOf } from "../../facts/exposure.ts";
import { exposureImageName, incidentsWithImages } from "../../site/exposure-images.ts";
import type { SiteModel } from "../../site/model.ts";
import { populationLabel } from "../../site/population-label.ts";
import type { ExposureImageText } from "./draw.ts";

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
