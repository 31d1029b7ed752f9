/**
 * Writes N synthetic incidents where each pipeline reads its content. Only ever called on
 * scratch folders under the system's temporary directory: generated pages are never committed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { syntheticIncident, type SyntheticIncident } from "./incident.ts";
import type { Vocabulary } from "./vocabulary.ts";

export function generateIncidents(count: number, vocabulary: Vocabulary): SyntheticIncident[] {
  return Array.from({ length: count }, (_, index) => syntheticIncident(index, vocabulary));
}

/** Our layout: facts in `content/incidents/`, pages in `content/pages/fr/incidents/`. */
export function writeOurContent(contentDir: string, incidents: SyntheticIncident[]): void {
  const factsDir = join(contentDir, "incidents");
  const pagesDir = join(contentDir, "pages", "fr", "incidents");
  mkdirSync(factsDir, { recursive: true });
  mkdirSync(pagesDir, { recursive: true });
  for (const incident of incidents) {
    writeFileSync(join(factsDir, `${incident.id}.yaml`), incident.facts);
    writeFileSync(join(pagesDir, `${incident.id}.md`), incident.page);
  }
}

/** The same Markdown files, alone, in one folder (other pipelines have no facts files). */
export function writeMarkdownFolder(dir: string, incidents: SyntheticIncident[]): void {
  mkdirSync(dir, { recursive: true });
  for (const incident of incidents) writeFileSync(join(dir, `${incident.id}.md`), incident.page);
}
