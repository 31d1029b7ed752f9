/**
 * The open data, built from the same collections as the pages: no fact is written twice.
 * Pure functions of the content, so tests can compare them with what the pages show.
 */
import type { Category } from "../../schemas/category.ts";
import type { TimelineEvent } from "../../schemas/event.ts";
import type { Figure } from "../../schemas/figure.ts";
import { whoSays, type Incident } from "../../schemas/incident.ts";
import type { OpenData } from "../../schemas/open-data.ts";
import type { Source } from "../../schemas/source.ts";
import { appliesTo, exposureOf, populationsOf } from "../facts/exposure.ts";
import type { SiteModel } from "../site/model.ts";

/** The open data's input, taken from the site model: incidents with a French page. */
export function openDataInput(site: SiteModel, siteUrl: URL, generatedAt: Date): OpenDataInput {
  return {
    site: siteUrl,
    generatedAt,
    categories: [...site.categories],
    sources: [...site.sources],
    figures: [...site.figures],
    events: [...site.events],
    incidents: site.incidentsIn("fr").map((incident) => ({
      id: incident.id,
      data: incident.data,
      url: { fr: incident.pages.fr?.url ?? "", en: incident.pages.en?.url ?? null },
      people: incident.people,
      events: incident.events,
    })),
  };
}

export interface OpenDataInput {
  site: URL;
  generatedAt: Date;
  categories: Category[];
  sources: Source[];
  figures: Figure[];
  events: TimelineEvent[];
  incidents: {
    id: string;
    data: Incident;
    url: { fr: string; en: string | null };
    /** The count of people concerned, if a source gives one. */
    people: Figure | undefined;
    /** Its events, oldest first. */
    events: readonly TimelineEvent[];
  }[];
}

export function buildOpenData(input: OpenDataInput): OpenData {
  const absolute = (path: string) => new URL(path, input.site).href;
  return {
    schemaVersion: 1,
    generatedAt: input.generatedAt.toISOString(),
    license: "CC-BY-4.0",
    site: input.site.href,
    dataCategories: input.categories.map(({ id, label, population }) => ({ id, label, population })),
    sources: input.sources.map(({ id, title, publisher, date, url, kind }) => ({
      id,
      title,
      publisher,
      date: date ?? null,
      url: url ?? null,
      kind,
    })),
    figures: input.figures.map(({ id, incidents, value, qualifier, asOf, label, note, sources }) => ({
      id,
      incidents,
      value,
      qualifier,
      asOf,
      label,
      note: note ?? null,
      sources,
    })),
    events: input.events.map(({ id, date, endDate, incidents, event, sources }) => ({
      id,
      date,
      ...(endDate ? { endDate } : {}),
      incidents,
      event,
      sources,
    })),
    incidents: input.incidents.map(({ id, data, url, people, events }) => {
      const exposure = Object.fromEntries(
        populationsOf(data).map((population) => [
          population,
          Object.fromEntries(
            // Every category of the population, not only the rows a table shows: an absence
            // must never be read as « not exposed ».
            input.categories
              .filter((category) => appliesTo(category, population))
              .map((category) => {
                const entry = exposureOf(data, population, category.id);
                return [
                  category.id,
                  {
                    status: entry.status,
                    partial: entry.partial ?? false,
                    sources: entry.sources,
                    note: entry.note ?? null,
                    according: entry.according ?? null,
                  },
                ];
              }),
          ),
        ]),
      );
      return {
        id,
        operator: data.operator,
        group: data.group,
        url: { fr: absolute(url.fr), en: url.en ? absolute(url.en) : null },
        dates: {
          announced: data.dates.announced,
          ...(data.dates.restored ? { restored: data.dates.restored.date } : {}),
        },
        restored: data.dates.restored ?? null,
        attackWindow: data.attackWindow,
        peopleConcerned: people
          ? {
              value: people.value,
              qualifier: people.qualifier,
              asOf: people.asOf,
              note: people.note ?? null,
              combinedWith: people.incidents.filter((other) => other !== id),
              sources: people.sources,
            }
          : null,
        exposure,
        timeline: events.map(({ date, endDate, event, sources }) => ({
          date,
          ...(endDate ? { endDate } : {}),
          event,
          sources,
        })),
        updated: data.updated,
      };
    }),
  };
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV file as spreadsheets open it: CRLF line ends, quoted fields where needed. */
function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** Labels beside ids, so a spreadsheet reads without the JSON at hand. */
function labels(data: OpenData) {
  const categories = new Map(data.dataCategories.map((category) => [category.id, category.label]));
  const titles = new Map(data.sources.map((source) => [source.id, `${source.title} (${source.publisher})`]));
  return {
    category: (id: string) => categories.get(id) ?? { fr: "", en: "" },
    sources: (ids: readonly string[]) => ids.map((id) => titles.get(id) ?? id).join(" | "),
  };
}

const STATE_LABEL = {
  exposed: { fr: "exposé", en: "exposed" },
  "not-exposed": { fr: "non exposé", en: "not exposed" },
  "not-stated": { fr: "non précisé", en: "not stated" },
} as const;

/**
 * `incidents.csv`: one row per incident × population × category. The first five columns are
 * the original format; labels, notes and source titles follow, so existing readers still work.
 */
export function openDataCsv(data: OpenData): string {
  const label = labels(data);
  const rows = data.incidents.flatMap((incident) =>
    Object.entries(incident.exposure).flatMap(([population, byCategory]) =>
      Object.entries(byCategory ?? {}).map(([category, entry]) => [
        incident.id,
        population,
        category,
        entry.status,
        entry.sources.join(" "),
        incident.operator,
        label.category(category).fr,
        label.category(category).en,
        STATE_LABEL[entry.status].fr,
        STATE_LABEL[entry.status].en,
        whoSays(entry.according ?? undefined, "fr") ?? "",
        entry.note?.fr ?? "",
        entry.note?.en ?? "",
        label.sources(entry.sources),
      ]),
    ),
  );
  return csv(
    [
      "incident",
      "population",
      "category",
      "status",
      "sources",
      "operator",
      "category_fr",
      "category_en",
      "status_fr",
      "status_en",
      "according_to",
      "note_fr",
      "note_en",
      "source_titles",
    ],
    rows,
  );
}

/** `figures.csv`: every key figure once, with the incidents it covers and its date. */
export function figuresCsv(data: OpenData): string {
  const label = labels(data);
  return csv(
    [
      "figure",
      "incidents",
      "value",
      "qualifier",
      "as_of",
      "label_fr",
      "label_en",
      "note_fr",
      "note_en",
      "sources",
      "source_titles",
    ],
    data.figures.map((figure) => [
      figure.id,
      figure.incidents.join(" "),
      String(figure.value),
      figure.qualifier,
      figure.asOf,
      figure.label.fr,
      figure.label.en,
      figure.note?.fr ?? "",
      figure.note?.en ?? "",
      figure.sources.join(" "),
      label.sources(figure.sources),
    ]),
  );
}

/** `timeline.csv`: every dated event once, with the incidents it concerns. */
export function timelineCsv(data: OpenData): string {
  const label = labels(data);
  return csv(
    ["event", "date", "end_date", "incidents", "event_fr", "event_en", "sources", "source_titles"],
    data.events.map((event) => [
      event.id,
      event.date,
      event.endDate ?? "",
      event.incidents.join(" "),
      event.event.fr,
      event.event.en,
      event.sources.join(" "),
      label.sources(event.sources),
    ]),
  );
}
