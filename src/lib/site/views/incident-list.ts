import type { Lang } from "../../../i18n/langs.ts";
import { siteConfig } from "../../../site.config.ts";
import type { SiteModel } from "../model.ts";
import type { YearLink } from "../archives.ts";
import { incidentCard, type IncidentCard } from "./incident-card.ts";

export interface IncidentListView {
  cards: IncidentCard[];
  /** The leaks that complete the picture, listed after the health leaks (none on archives). */
  related: IncidentCard[];
  /** Set when the list shows only the newest of a group: how many it shows. */
  latest: number | undefined;
  years: readonly YearLink[];
}

/**
 * `/incidents/`: the featured incidents, then the newest others, and the archive by year.
 * The featured ones stay, so that their published anchors (`#incident-viamedis-2024`) do.
 */
export function incidentListView(site: SiteModel, lang: Lang): IncidentListView {
  const health = site.incidentsOfGroup(lang, "health");
  const others = health.filter((incident) => !incident.featured);
  const related = site.incidentsOfGroup(lang, "related");
  const limit = siteConfig.lists.latestIncidents;
  const shown = new Set([...health.filter((incident) => incident.featured), ...others.slice(0, limit)]);
  return {
    // Newest first, as the page has always listed them; the health leaks, then the others.
    cards: health.filter((incident) => shown.has(incident)).map((incident) => incidentCard(incident, lang)),
    related: related.slice(0, limit).map((incident) => incidentCard(incident, lang)),
    latest: others.length > limit || related.length > limit ? limit : undefined,
    years: site.archiveYears(lang, "incidents"),
  };
}
