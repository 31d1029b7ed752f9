/**
 * Which incident pages draw the tiers-payant diagram, under which file names, with which
 * words: computed here once, so the route that writes the SVG files and the page that shows
 * them agree.
 */
import { LANGS, type Lang } from "../../../i18n/langs.ts";
import { t } from "../../../i18n/index.ts";
import type { IncidentRecord, SiteModel } from "../model.ts";

export type Scheme = "light" | "dark";

/** The words of the drawing, already in the page's language. */
export interface DiagramText {
  boxes: { title: string; detail: string; kind: "plain" | "target" }[];
  steps: string[];
  attackers: string;
  entry: string;
}

/** The drawing's size: the page's `<img>` reserves it before the file arrives. */
export const DIAGRAM_SIZE = { width: 380, height: 384 };

export interface DiagramFile {
  file: string;
  scheme: Scheme;
  text: DiagramText;
}

export const SCHEMES: readonly Scheme[] = ["light", "dark"];

/** Only a tiers-payant operator whose facts say how the attackers got in gets a diagram. */
export function hasDiagram(incident: IncidentRecord): boolean {
  return Boolean(incident.data.tiersPayant && incident.data.entryPoint);
}

/** `/diagrams/tiers-payant-viamedis-2024-fr-dark.svg` */
export function diagramUrl(incidentId: string, lang: Lang, scheme: Scheme): string {
  return `/diagrams/tiers-payant-${incidentId}-${lang}-${scheme}.svg`;
}

export function diagramText(incident: IncidentRecord, lang: Lang): DiagramText {
  const operator = incident.data.operator;
  return {
    boxes: [
      { title: t(lang, "diagram.insured"), detail: t(lang, "diagram.insuredDetail"), kind: "plain" },
      {
        title: t(lang, "diagram.professional"),
        detail: t(lang, "diagram.professionalDetail"),
        kind: "plain",
      },
      {
        title: t(lang, "diagram.portal", { operator }),
        detail: t(lang, "diagram.portalDetail"),
        kind: "target",
      },
      { title: t(lang, "diagram.insurer"), detail: t(lang, "diagram.insurerDetail"), kind: "plain" },
    ],
    steps: [t(lang, "diagram.step1"), t(lang, "diagram.step2"), t(lang, "diagram.step3")],
    attackers: t(lang, "diagram.attackers"),
    entry: incident.data.entryPoint?.text[lang] ?? "",
  };
}

/** Every diagram file of the site: per incident that has one, per language of its pages, per scheme. */
export function diagramFiles(site: SiteModel): DiagramFile[] {
  return site.incidents.filter(hasDiagram).flatMap((incident) =>
    LANGS.filter((lang) => incident.pages[lang]).flatMap((lang) =>
      SCHEMES.map((scheme) => ({
        file: diagramUrl(incident.id, lang, scheme).replace("/diagrams/", ""),
        scheme,
        text: diagramText(incident, lang),
      })),
    ),
  );
}
