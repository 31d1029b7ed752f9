/** The sources behind an incident's structured facts. */
import type { TimelineEvent } from "../../schemas/event.ts";
import type { Figure } from "../../schemas/figure.ts";
import type { Incident } from "../../schemas/incident.ts";

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
    ...(incident.entryPoint?.sources ?? []),
    ...incident.informedBy.sources,
    ...incident.named.flatMap((named) => named.sources),
    ...figures.flatMap((figure) => figure.sources),
    ...events.flatMap((event) => event.sources),
  ];
  return [...new Set(ids)];
}
