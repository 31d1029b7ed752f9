/** Selecting and ordering the shared facts (figures, events, sources) for one page. */
import type { TimelineEvent } from "../schemas/event.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Incident } from "../schemas/incident.ts";

/** Figures about an incident, the people-concerned figure first. */
export function figuresOf(incidentId: string, figures: readonly Figure[]): Figure[] {
  return figures
    .filter((figure) => figure.incidents.includes(incidentId))
    .sort((a, b) => Number(b.peopleConcerned) - Number(a.peopleConcerned));
}

/** Events of an incident, oldest first. */
export function eventsOf(incidentId: string, events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .filter((event) => event.incidents.includes(incidentId))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Every source id cited by an incident's exposure facts. */
export function exposureSourcesOf(incident: Pick<Incident, "exposure">): string[] {
  return Object.values(incident.exposure).flatMap((byCategory) =>
    Object.values(byCategory ?? {}).flatMap((entry) => entry.sources),
  );
}

/** Every source id an incident's structured facts cite. */
export function sourcesOfFacts(
  incident: Incident,
  figures: readonly Figure[],
  events: readonly TimelineEvent[],
): string[] {
  const ids = [
    ...exposureSourcesOf(incident),
    ...incident.attackWindow.flatMap((claim) => claim.sources),
    ...figures.flatMap((figure) => figure.sources),
    ...events.flatMap((event) => event.sources),
  ];
  return [...new Set(ids)];
}
