/**
 * The public open-data format, `/api/v1/incidents.json` (documented for its users on the press
 * page). A change that breaks consumers needs a new `schemaVersion` and a new URL (`/api/v2/`).
 */
import { z } from "astro/zod";
import { EXPOSURE_STATES } from "./incident.ts";
import { QUALIFIERS } from "./figure.ts";
import { INCIDENT_GROUPS } from "./incident.ts";
import { SOURCE_KINDS } from "./source.ts";

const localized = z.object({ fr: z.string(), en: z.string() });
const date = z.iso.date();
const dateOrMonth = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);

const exposureByCategory = z.record(
  z.string(),
  z.object({
    status: z.enum(EXPOSURE_STATES),
    /** Exposed for some of the people only (added in 2026-12, still version 1). */
    partial: z.boolean(),
    sources: z.array(z.string()),
    /** The nuance the table shows beside the state (added in 2026-12, still version 1). */
    note: localized.nullable(),
    /** Who alone states it (« Malakoff Humanis »), when only one party does. */
    according: z.union([z.string(), localized]).nullable(),
  }),
);

export const openDataSchema = z.object({
  schemaVersion: z.literal(1),
  generatedAt: z.iso.datetime(),
  license: z.literal("CC-BY-4.0"),
  site: z.url(),
  dataCategories: z.array(
    z.object({ id: z.string(), label: localized, population: z.enum(["insured", "professionals", "both"]) }),
  ),
  sources: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      publisher: z.string(),
      date: date.nullable(),
      url: z.url().nullable(),
      kind: z.enum(SOURCE_KINDS),
    }),
  ),
  /** Every key figure once; `incidents` lists those it covers (a combined figure lists several). */
  figures: z.array(
    z.object({
      id: z.string(),
      incidents: z.array(z.string()),
      value: z.number(),
      qualifier: z.enum(QUALIFIERS),
      asOf: dateOrMonth,
      label: localized,
      note: localized.nullable(),
      sources: z.array(z.string()),
    }),
  ),
  /** Every dated event once, with the incidents it concerns. */
  events: z.array(
    z.object({
      id: z.string(),
      date,
      endDate: date.optional(),
      incidents: z.array(z.string()),
      event: localized,
      sources: z.array(z.string()),
    }),
  ),
  incidents: z.array(
    z.object({
      id: z.string(),
      operator: z.string(),
      /** "health": a health-data leak; "related": a leak of contact, NIR or bank data that completes the picture. */
      group: z.enum(INCIDENT_GROUPS),
      url: z.object({ fr: z.url(), en: z.url().nullable() }),
      dates: z.object({ announced: date, restored: date.optional() }),
      /** The reopening behind `dates.restored`, with its source and how it went. */
      restored: z.object({ date, sources: z.array(z.string()), note: localized }).nullable(),
      /** Dates given for the attack by each source; several entries mean they disagree. */
      attackWindow: z.array(
        z.object({ start: date, end: date, sources: z.array(z.string()), note: localized.optional() }),
      ),
      peopleConcerned: z
        .object({
          value: z.number(),
          /** "more-than" for « plus de 33 millions ». */
          qualifier: z.enum(QUALIFIERS),
          asOf: dateOrMonth,
          note: localized.nullable(),
          /** Other incidents the same figure covers: do not add the figures up. */
          combinedWith: z.array(z.string()),
          sources: z.array(z.string()),
        })
        .nullable(),
      /** Every category of each population, stated or not: absence never means "not exposed". */
      exposure: z.object({
        insured: exposureByCategory.optional(),
        professionals: exposureByCategory.optional(),
      }),
      timeline: z.array(
        z.object({ date, endDate: date.optional(), event: localized, sources: z.array(z.string()) }),
      ),
      updated: date,
    }),
  ),
});

export type OpenData = z.infer<typeof openDataSchema>;
