/** An incident as every list shows it: title, operator, date, people concerned and status. */
import type { Lang } from "../../../i18n/langs.ts";
import type { Figure } from "../../../schemas/figure.ts";
import type { IncidentRecord } from "../model.ts";

export interface IncidentCard {
  id: string;
  title: string;
  url: string;
  operator: string;
  announced: string;
  people: Figure | undefined;
  status: string;
}

export function incidentCard(incident: IncidentRecord, lang: Lang): IncidentCard {
  const page = incident.pages[lang];
  return {
    id: incident.id,
    title: page?.data.title ?? incident.data.operator,
    url: page?.url ?? "",
    operator: incident.data.operator,
    announced: incident.data.dates.announced,
    people: incident.people,
    status: incident.data.status[lang],
  };
}
