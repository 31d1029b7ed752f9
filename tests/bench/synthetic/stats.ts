/** What the generated pages look like, measured rather than asserted in BENCHMARKS.md. */
import { spread, type Spread } from "../lib/stats.ts";
import type { SyntheticIncident } from "./incident.ts";

export interface CorpusStats {
  pages: number;
  markdownBytes: Spread;
  factsBytes: Spread;
  words: Spread;
  citations: Spread;
  headings: Spread;
}

export function corpusStats(incidents: SyntheticIncident[]): CorpusStats {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return {
    pages: incidents.length,
    markdownBytes: spread(incidents.map((incident) => Buffer.byteLength(incident.page))),
    factsBytes: spread(incidents.map((incident) => Buffer.byteLength(incident.facts))),
    words: spread(incidents.map((incident) => words(incident.page))),
    citations: spread(incidents.map((incident) => (incident.page.match(/\[@|; @/g) ?? []).length)),
    headings: spread(incidents.map((incident) => (incident.page.match(/^## /gm) ?? []).length)),
  };
}
