import { z } from "astro/zod";
import { categoryRef, isoDate, localized, name, population, sourceRefs, sourceRef } from "./common.ts";

export const EXPOSURE_STATES = ["exposed", "not-exposed", "not-stated"] as const;
export type ExposureState = (typeof EXPOSURE_STATES)[number];

/**
 * What the sources say about one data category. `not-stated` is the default for any
 * category left out; a stated answer (exposed or not) must cite a source.
 */
const exposureEntry = z
  .strictObject({
    status: z.enum(EXPOSURE_STATES),
    sources: z.array(sourceRef).default([]),
    /** Nuance shown beside the state, e.g. who said it or what a secondary source adds. */
    note: localized.optional(),
    /**
     * Who states it, when only one party does (« Malakoff Humanis »): every list that names
     * the category in this state then says « selon … », as the table does.
     */
    according: name.optional(),
    /** A precaution a source gives for this category in this incident only. */
    advice: z.strictObject({ text: localized, sources: sourceRefs }).optional(),
  })
  .refine((entry) => entry.status === "not-stated" || entry.sources.length > 0, {
    error: "a stated exposure (exposed or not-exposed) must cite at least one source",
    path: ["sources"],
  });

/** One source's account of when the attack took place; several claims show a disagreement. */
const attackWindowClaim = z
  .strictObject({
    start: isoDate,
    end: isoDate,
    sources: sourceRefs,
    /** What the claim covers, when the source is not about this operator alone. */
    note: localized.optional(),
  })
  .refine((claim) => claim.start <= claim.end, { error: "start must not be after end", path: ["end"] });

/** Structured facts of one incident, `content/incidents/<id>.yaml`, shared by all languages. */
export const incidentSchema = z
  .strictObject({
    /** Company whose system was attacked. */
    operator: name,
    dates: z.strictObject({
      /** When the operator made the attack public. */
      announced: isoDate,
      /**
       * When the service reopened, if known, with its source and how (« progressivement »):
       * a reopening is a fact like any other.
       */
      restored: z.strictObject({ date: isoDate, sources: sourceRefs, note: localized }).optional(),
    }),
    /** Where things stand (investigations, sanctions), with the date it was last checked. */
    status: localized,
    statusAsOf: isoDate,
    /**
     * How the attackers got in, in a few words (« le compte d'un professionnel de santé,
     * hameçonné »), for the diagram of the page.
     */
    entryPoint: z.strictObject({ text: localized, sources: sourceRefs }).optional(),
    /**
     * The attacked company is a tiers-payant operator: its page explains tiers payant with a
     * diagram (drawn only where `entryPoint` says how the attackers got in).
     */
    tiersPayant: z.boolean().optional(),
    /**
     * Who the "insured" population is when they are not an insurer's members, plural, without
     * article: « patients des médecins qui utilisent MLM ». Heads the summary and the table.
     */
    insuredAre: localized.optional(),
    /**
     * Who tells people whether they are concerned, when it is not their insurer (a doctor, the
     * service itself): replaces the sentence naming the insurer at the top of the page.
     */
    informedBy: z.strictObject({ text: localized, sources: sourceRefs }).optional(),
    /**
     * People, companies and bodies the sources name about this incident, with their part in
     * it: shown on the page, and searched, so their names lead to it.
     */
    named: z.array(z.strictObject({ name, role: localized, sources: sourceRefs })).default([]),
    /** Dates given for the attack itself; more than one claim means the sources disagree. */
    attackWindow: z.array(attackWindowClaim).default([]),
    /** Per population, per data category id: what the sources say. */
    exposure: z.partialRecord(population, z.record(categoryRef, exposureEntry)),
    /** Last time these facts changed. */
    updated: isoDate,
  })
  .refine(
    (incident) => !incident.dates.restored || incident.dates.restored.date >= incident.dates.announced,
    {
      error: "restored must not be before announced",
      path: ["dates", "restored", "date"],
    },
  )
  .refine((incident) => incident.statusAsOf >= incident.dates.announced, {
    error: "statusAsOf must not be before the announcement",
    path: ["statusAsOf"],
  });

export type Incident = z.infer<typeof incidentSchema>;
export type ExposureEntry = z.infer<typeof exposureEntry>;
