/**
 * What general pages say about every incident, written from the facts at build time rather
 * than in prose: who can tell a reader whether they are concerned, and where a datum was
 * exposed, not exposed or not stated. A new incident then appears in these sentences without
 * anyone editing the pages (`::facts` blocks in Markdown, the top of each data page).
 */
import { formatList, listParts, t, upperFirst } from "../../i18n/index.ts";
import type { Lang } from "../../i18n/langs.ts";
import { POPULATIONS, type Population } from "../../schemas/common.ts";
import { whoSays, type ExposureState } from "../../schemas/incident.ts";
import { appliesTo, exposureOf } from "../facts/exposure.ts";
import { citeMark } from "../markdown/citations.ts";
import { FACT_BLOCK_MARKER, type FactBlockName } from "../markdown/fact-blocks.ts";
import { escapeHtml } from "../markdown/render.ts";
import { letterUrl } from "./views/letter.ts";
import type { IncidentRecord, SiteModel } from "./model.ts";

/** Past this many incidents in one group, the rest are counted, not named. */
const NAMED_PER_GROUP = 12;

export interface NamedIncident {
  id: string;
  name: string;
  url: string | undefined;
  /** « selon … », when only one party states it. */
  according: string | undefined;
  /** Not stated, but a source reports something (a claim, a secondary source). */
  reported: boolean;
}

export interface StateGroup {
  state: ExposureState;
  incidents: NamedIncident[];
  sources: string[];
}

export interface PopulationExposure {
  population: Population;
  groups: StateGroup[];
}

const STATES: readonly ExposureState[] = ["exposed", "not-exposed", "not-stated"];

function named(incident: IncidentRecord, lang: Lang): Omit<NamedIncident, "according" | "reported"> {
  return { id: incident.id, name: incident.name, url: incident.pages[lang]?.url };
}

/**
 * Per population the category applies to, the incidents in each state, featured incidents
 * first. An incident without facts for a population is left out of it (Cegedim has no
 * professionals' table): it says nothing about them.
 */
export function exposureAcross(site: SiteModel, lang: Lang, categoryId: string): PopulationExposure[] {
  const category = site.category(categoryId);
  if (!category) throw new Error(`data category "${categoryId}" not found`);
  const incidents = site.incidentsFeaturedFirst(lang);
  return POPULATIONS.filter((population) => appliesTo(category, population)).flatMap((population) => {
    const withFacts = incidents.filter((incident) => incident.data.exposure[population]);
    if (withFacts.length === 0) return [];
    const groups = STATES.map((state): StateGroup => {
      const members = withFacts.flatMap((incident) => {
        const entry = exposureOf(incident.data, population, categoryId);
        return entry.status === state ? [{ incident, entry }] : [];
      });
      return {
        state,
        incidents: members.map(({ incident, entry }) => ({
          ...named(incident, lang),
          according: whoSays(entry.according, lang),
          reported: state === "not-stated" && Boolean(entry.note),
        })),
        // One source per incident, its first (the one that states it): the incident's name
        // links to its page, which lists them all. Every source of every incident made a
        // block's page heavier than its budget as leaks were added.
        sources: [
          ...new Set(
            members.flatMap(({ entry }) => (state === "not-stated" ? [] : entry.sources.slice(0, 1))),
          ),
        ],
      };
    }).filter((group) => group.incidents.length > 0);
    return [{ population, groups }];
  });
}

export interface WhoInforms {
  who: string;
  incidents: Omit<NamedIncident, "according" | "reported">[];
  sources: string[];
  /** Each incident's letter on « Demander mes données », when the page exists. */
  letters: { name: string; url: string }[];
}

/** Who can tell a reader whether they are concerned, incidents with the same answer together. */
export function whoInforms(site: SiteModel, lang: Lang): WhoInforms[] {
  const groups = new Map<string, WhoInforms>();
  for (const incident of site.incidentsFeaturedFirst(lang)) {
    const { who, sources } = incident.data.informedBy;
    const group = groups.get(who[lang]) ?? { who: who[lang], incidents: [], sources: [], letters: [] };
    group.incidents.push(named(incident, lang));
    const letter = letterUrl(site, lang, incident.id);
    if (letter) group.letters.push({ name: incident.name, url: letter });
    group.sources = [...new Set([...group.sources, ...sources])];
    groups.set(who[lang], group);
  }
  return [...groups.values()];
}

// HTML, for the Markdown blocks and the data pages.

type Numbers = ReadonlyMap<string, number>;

const marks = (ids: readonly string[], numbers: Numbers) =>
  ids.map((id) => citeMark(id, numbers.get(id) ?? 0)).join("");

function incidentHtml(
  lang: Lang,
  incident: Partial<NamedIncident> & { name: string; url?: string | undefined },
) {
  const name = escapeHtml(incident.name);
  const link = incident.url ? `<a href="${escapeHtml(incident.url)}">${name}</a>` : name;
  const notes = [
    ...(incident.according ? [t(lang, "meaning.according", { who: incident.according })] : []),
    ...(incident.reported ? [t(lang, "facts.reported")] : []),
  ];
  return notes.length > 0 ? `${link} (${escapeHtml(notes.join(", "))})` : link;
}

/** « A, B et C », each linked, the rest counted past `NAMED_PER_GROUP`. */
function incidentListHtml(lang: Lang, incidents: readonly (Partial<NamedIncident> & { name: string })[]) {
  const shown = incidents.slice(0, NAMED_PER_GROUP).map((incident) => incidentHtml(lang, incident));
  const rest = incidents.length - shown.length;
  const items = rest > 0 ? [...shown, escapeHtml(t(lang, "facts.others", { count: String(rest) }))] : shown;
  return listParts(lang, items.length)
    .map((part) => ("item" in part ? items[part.item] : escapeHtml(part.text)))
    .join("");
}

function exposureHtml(lang: Lang, across: readonly PopulationExposure[], numbers: Numbers): string {
  return across
    .map(({ population, groups }) => {
      const heading =
        across.length > 1
          ? `<p class="fact-block-heading" data-from-facts>${escapeHtml(upperFirst(t(lang, `facts.population.${population}`)))}</p>\n`
          : "";
      const items = groups.map(
        (group) =>
          `<li><strong>${escapeHtml(t(lang, `exposure.${group.state}`))}</strong>${escapeHtml(t(lang, "facts.separator"))}${incidentListHtml(lang, group.incidents)}${marks(group.sources, numbers)}</li>`,
      );
      return `${heading}<ul class="fact-block" data-from-facts>\n${items.join("\n")}\n</ul>\n`;
    })
    .join("");
}

/** « — demander vos données : Viamedis, Almerys », each name linking to its letter. */
function lettersHtml(lang: Lang, letters: WhoInforms["letters"]): string {
  if (letters.length === 0) return "";
  const links = letters.map((letter) => `<a href="${escapeHtml(letter.url)}">${escapeHtml(letter.name)}</a>`);
  return ` — ${escapeHtml(t(lang, "facts.letter"))}${links.join(", ")}`;
}

function whoInformsHtml(lang: Lang, groups: readonly WhoInforms[], numbers: Numbers): string {
  const items = groups.map(
    (group) =>
      `<li>${incidentListHtml(lang, group.incidents)}${escapeHtml(t(lang, "facts.separator"))}${escapeHtml(group.who)}${marks(group.sources, numbers)}${lettersHtml(lang, group.letters)}</li>`,
  );
  return `<ul class="fact-block" data-from-facts>\n${items.join("\n")}\n</ul>\n`;
}

/** The sentences of a data page's description: what the facts say, named, in plain text. */
export function exposureText(lang: Lang, across: readonly PopulationExposure[]): string {
  return across
    .map(({ population, groups }) => {
      const states = groups.map((group) => {
        const names = group.incidents.slice(0, 6).map((incident) => incident.name);
        const rest = group.incidents.length - names.length;
        const list = formatList(
          lang,
          rest > 0 ? [...names, t(lang, "facts.others", { count: String(rest) })] : names,
        );
        return `${t(lang, `exposure.${group.state}`)}${t(lang, "facts.separator")}${list}.`;
      });
      return `${upperFirst(t(lang, `facts.population.${population}`))}${t(lang, "facts.populationSeparator")}${states.join(" ")}`;
    })
    .join(" ");
}

export interface FilledBlocks {
  html: string;
  /** The sources the blocks cite, for the page's source list. */
  sources: string[];
}

/** Fills the `::facts` markers of a page's HTML from the site model. */
export function fillFactBlocks(site: SiteModel, lang: Lang, html: string, numbers: Numbers): FilledBlocks {
  const sources: string[] = [];
  const filled = html.replace(FACT_BLOCK_MARKER, (_marker, name: FactBlockName, argument?: string) => {
    if (name === "who-informs") {
      const groups = whoInforms(site, lang);
      sources.push(...groups.flatMap((group) => group.sources));
      return whoInformsHtml(lang, groups, numbers);
    }
    const across = exposureAcross(site, lang, argument ?? "");
    sources.push(...across.flatMap((population) => population.groups.flatMap((group) => group.sources)));
    return exposureHtml(lang, across, numbers);
  });
  return { html: filled, sources };
}

/** A data page's opening: the exposure block of its category, and the sources it cites. */
export function categoryLead(site: SiteModel, lang: Lang, categoryId: string, numbers: Numbers) {
  const across = exposureAcross(site, lang, categoryId);
  return {
    html: exposureHtml(lang, across, numbers),
    text: exposureText(lang, across),
    sources: across.flatMap((population) => population.groups.flatMap((group) => group.sources)),
  };
}
