/** The home page: its actions, the featured incidents, then the newest others of each group. */
import { t } from "../../../i18n/index.ts";
import type { Lang } from "../../../i18n/langs.ts";
import type { IncidentGroup } from "../../../schemas/incident.ts";
import { siteConfig } from "../../../site.config.ts";
import type { SiteModel } from "../model.ts";
import { incidentCard, type IncidentCard } from "./incident-card.ts";

export interface HomeView {
  actions: { url: string; label: string }[];
  /** The incidents the site was made for (`siteConfig.featuredIncidents`). */
  featured: IncidentCard[];
  /** The newest of the other health leaks. */
  others: IncidentCard[];
  /** The newest of the leaks that complete the picture. */
  related: IncidentCard[];
  /** The full list, when some incidents are not on the home page. */
  allUrl: string | undefined;
}

export function homeView(site: SiteModel, lang: Lang): HomeView {
  const actions = [
    { key: "suis-je-concerne", label: t(lang, "nav.amIAffected") },
    { key: siteConfig.guidanceKey, label: t(lang, "meaning.whatToDo") },
    { key: siteConfig.checkMessageKey, label: t(lang, "glance.checkMessage") },
  ].flatMap((action) => {
    const url = site.pageOf(lang, action.key)?.url;
    return url ? [{ url, label: action.label }] : [];
  });
  const notFeatured = (group: IncidentGroup) =>
    site.incidentsFeaturedFirst(lang, group).filter((incident) => !incident.featured);
  const others = notFeatured("health");
  const related = notFeatured("related");
  const { homeOthers, homeRelated } = siteConfig.lists;
  return {
    actions,
    featured: site
      .incidentsFeaturedFirst(lang)
      .filter((incident) => incident.featured)
      .map((incident) => incidentCard(incident, lang)),
    others: others.slice(0, homeOthers).map((incident) => incidentCard(incident, lang)),
    related: related.slice(0, homeRelated).map((incident) => incidentCard(incident, lang)),
    allUrl:
      others.length > homeOthers || related.length > homeRelated
        ? site.pageOf(lang, "incidents")?.url
        : undefined,
  };
}
