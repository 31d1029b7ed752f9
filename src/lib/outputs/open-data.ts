/**
 * The open data, built from the same collections as the pages: no fact is written twice.
 * Pure functions of the content, so tests can compare them with what the pages show.
 */
import type { Category } from "../../schemas/category.ts";
import type { TimelineEvent } from "../../schemas/event.ts";
import type { Figure } from "../../schemas/figure.ts";
import type { Incident } from "../../schemas/incident.ts";
import type { OpenData } from "../../schemas/open-data.ts";
import type { Source } from "../../schemas/source.ts";
import { exposureRows, populationsOf } from "../facts/exposure.ts";
import type { SiteModel } from "../site/model.ts";

/** The open data's input, taken from the site model: incidents with a French page. */
export function openDataInput(site: SiteModel, siteUrl: URL, generatedAt: Date): OpenDataInput {
  return {
    site: siteUrl,
    generatedAt,
    categories: [...site.categories],
    sources: [...site.sources],
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
    incidents: input.incidents.map(({ id, data, url, people, events }) => {
      const exposure = Object.fromEntries(
        populationsOf(data).map((population) => [
          population,
          Object.fromEntries(
            exposureRows(data, population, input.categories).map(({ category, entry }) => [
              category.id,
              { status: entry.status, sources: entry.sources },
            ]),
          ),
        ]),
      );
      return {
        id,
        operator: data.operator,
        url: { fr: absolute(url.fr), en: url.en ? absolute(url.en) : null },
        dates: {
          announced: data.dates.announced,
          ...(data.dates.restored ? { restored: data.dates.restored } : {}),
        },
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

const CSV_HEADER = ["incident", "population", "category", "status", "sources"];

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One row per incident × population × category; sources separated by spaces. */
export function openDataCsv(data: OpenData): string {
  const rows = data.incidents.flatMap((incident) =>
    Object.entries(incident.exposure).flatMap(([population, byCategory]) =>
      Object.entries(byCategory ?? {}).map(([category, entry]) => [
        incident.id,
        population,
        category,
        entry.status,
        entry.sources.join(" "),
      ]),
    ),
  );
  return [CSV_HEADER, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
