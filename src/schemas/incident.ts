import { z } from "astro/zod";
import { localized, localizedName, name, population, vocabularyFields, type Vocabulary } from "./common.ts";

export const INCIDENT_GROUPS = ["health", "related"] as const;
export type IncidentGroup = (typeof INCIDENT_GROUPS)[number];

/**
 * What kind of organisation a reader writes to: a health professional or establishment also
 * holds the medical file, whose access the Code de la santé publique sets (art. L.1111-7).
 */
export const ADDRESSEE_KINDS = [
  "insurer",
  "health-professional",
  "health-establishment",
  "laboratory",
  "company",
  "public-body",
] as const;
export type AddresseeKind = (typeof ADDRESSEE_KINDS)[number];

/**
 * Where a reader can complain about the incident itself: the BL2C's 2024 complaint letter
 * (Viamedis and Almerys), or the police, the gendarmerie or the prosecutor (every leak).
 */
export const COMPLAINT_ROUTES = ["bl2c-letter-2024", "police-or-prosecutor"] as const;
export type ComplaintRoute = (typeof COMPLAINT_ROUTES)[number];

export const EXPOSURE_STATES = ["exposed", "not-exposed", "not-stated"] as const;
export type ExposureState = (typeof EXPOSURE_STATES)[number];

export function incidentSchema(vocabulary: Vocabulary) {
  const { categoryRef, isoDate, sourceRefs, sourceRef } = vocabularyFields(vocabulary);

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
      according: z.union([name, localizedName]).optional(),
      /** Exposed for some of the people only (« quelques numéros », « pour certains patients »). */
      partial: z.boolean().optional(),
      /** A precaution a source gives for this category in this incident only. */
      advice: z.strictObject({ text: localized, sources: sourceRefs }).optional(),
    })
    .refine((entry) => entry.status === "not-stated" || entry.sources.length > 0, {
      error: "a stated exposure (exposed or not-exposed) must cite at least one source",
      path: ["sources"],
    })
    .refine((entry) => !entry.partial || entry.status === "exposed", {
      error: "only an exposed category can be exposed for some people only (partial)",
      path: ["partial"],
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
  const incident = z
    .strictObject({
      /** Company whose system was attacked. */
      operator: name,
      /**
       * `health`: a leak of health or health-insurance data, what the site is about. `related`: a
       * large leak of contact, NIR or bank data of the same years (France Travail, Free…), shown
       * as a second group, « the leaks that complete the picture »: they hold what a scammer
       * combines with the health leaks.
       */
      group: z.enum(INCIDENT_GROUPS).default("health"),
      /**
       * Other names that identify the incident in prose (« MLM », « Mediboard »): a general
       * sentence naming one of them is scoped to this incident (`src/lib/facts/claims.ts`).
       */
      alsoKnownAs: z
        .array(name.refine((text) => text.length >= 2, { error: "at least 2 characters" }))
        .default([]),
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
       * `insuredAre` in a few words (« personnes inscrites à France Travail »), for the summary
       * at the top of the page when the full definition would push « Que faire » off a phone's
       * first screen; the tables and « Ce que cela signifie » keep the full one.
       */
      insuredAreShort: localized.optional(),
      /**
       * Who can tell people whether they are concerned (their insurer, their doctor, the
       * laboratory…): required for every incident, so no page falls back on a sentence written
       * for another one. `who` is the fewest words, lower case, with its article (« votre
       * médecin »): general pages list it per incident (`::facts who-informs`); `text` is the
       * sentence the incident's summary shows.
       */
      informedBy: z.strictObject({ who: localized, text: localized, sources: sourceRefs }),
      /**
       * Who a reader writes to for a copy of their data (« Demander mes données »): the
       * organisation that holds them, as the sources name it (the insurer for Viamedis and
       * Almerys, the doctor for Cegedim's MLM…), required for every incident so no letter goes
       * to an addressee written for another one. `name` is how the letter names it, lower case,
       * with its article; `why` says what the sources say about it, and where they do not say
       * who holds the data, says so.
       */
      addressee: z.strictObject({
        name: localizedName,
        kind: z.enum(ADDRESSEE_KINDS),
        why: localized,
        sources: sourceRefs,
        complaint: z.enum(COMPLAINT_ROUTES),
      }),
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
  return incident;
}

export type Incident = z.infer<ReturnType<typeof incidentSchema>>;

/**
 * Who alone states an exposure, in a language: a name (« Malakoff Humanis ») reads the same in
 * both; a body whose name takes an article in French (« l'Urssaf ») is written per language.
 */
export function whoSays(according: string | { fr: string; en: string } | undefined, lang: "fr" | "en") {
  return typeof according === "string" ? according : according?.[lang];
}
export type ExposureEntry = NonNullable<Incident["exposure"]["insured"]>[string];
