/**
 * A small site as plain data, for unit tests of the site and page models: no content folder,
 * no build. Each builder fills in what a test does not care about.
 */
import type { Category } from "../../src/schemas/category.ts";
import type { TimelineEvent } from "../../src/schemas/event.ts";
import type { Figure } from "../../src/schemas/figure.ts";
import type { Incident } from "../../src/schemas/incident.ts";
import type { PageData } from "../../src/schemas/page.ts";
import type { Source } from "../../src/schemas/source.ts";
import type { EntryInput, PageInput, SiteInput } from "../../src/lib/site/model.ts";

export function page(
  id: string,
  data: Partial<PageData> & Pick<PageData, "kind" | "key">,
  citations: string[] = [],
): PageInput {
  return {
    id,
    digest: `digest-${id}`,
    metadata: { headings: [], citations, links: [], factBlocks: [] },
    content: () => ({ html: `<p>${id}</p>`, summaryHtml: undefined }),
    data: {
      title: `Title of ${id}`,
      description: `Description of ${id}, long enough for the schema.`,
      notTranslated: false,
      published: "2026-11-29",
      updated: "2026-11-29",
      changes: [{ date: "2026-11-29", summary: `First version of ${id}` }],
      ...data,
    },
  };
}

export function incident(
  id: string,
  announced: string,
  exposure: Incident["exposure"] = {},
): EntryInput<Incident> {
  return {
    id,
    digest: `digest-${id}`,
    data: {
      operator: id.split("-")[0] ?? id,
      group: "health",
      alsoKnownAs: [],
      dates: { announced },
      status: { fr: `Statut de ${id}`, en: `Status of ${id}` },
      statusAsOf: "2026-11-29",
      informedBy: {
        who: { fr: `l'organisme de ${id}`, en: `the organisation of ${id}` },
        text: {
          fr: `Seul l'organisme de ${id} peut le dire.`,
          en: `Only the organisation of ${id} can tell.`,
        },
        sources: [],
      },
      addressee: {
        name: { fr: `l'organisme de ${id}`, en: `the organisation of ${id}` },
        kind: "company",
        why: { fr: `L'organisme de ${id} informe.`, en: `The organisation of ${id} informs.` },
        sources: [],
        complaint: "police-or-prosecutor",
      },
      named: [],
      attackWindow: [],
      exposure,
      updated: "2026-11-29",
    },
  };
}

export const category = (
  id: string,
  population: Category["population"],
  extra: Partial<Category> = {},
): Category => ({
  id,
  population,
  slug: { fr: id, en: id },
  label: { fr: `Libellé ${id}`, en: `Label ${id}` },
  inText: { fr: `le ${id}`, en: `the ${id}` },
  short: { fr: id, en: id },
  implicationSources: [],
  ...extra,
});

export const source = (id: string): Source => ({
  id,
  title: `Title ${id}`,
  publisher: `Publisher ${id}`,
  kind: "press",
  lang: "fr",
});

export function figure(id: string, incidents: string[], extra: Partial<Figure> = {}): Figure {
  return {
    id,
    value: 1000,
    qualifier: "exact",
    label: { fr: `chiffre ${id}`, en: `figure ${id}` },
    asOf: "2024-02-07",
    incidents,
    peopleConcerned: false,
    sources: ["seed"],
    ...extra,
  };
}

export function event(id: string, date: string, incidents: string[]): TimelineEvent {
  return { id, date, incidents, event: { fr: `événement ${id}`, en: `event ${id}` }, sources: ["seed"] };
}

/** Two incidents in French, one of them in English too, with the usual list pages. */
export function smallSite(overrides: Partial<SiteInput> = {}): SiteInput {
  return {
    synonyms: [{ id: "fr-rib", lang: "fr", words: ["rib", "iban"] }],
    pages: [
      page("fr/index", { kind: "home", key: "home", title: "Accueil" }),
      page("en/index", { kind: "home", key: "home", title: "Home" }),
      page("fr/incidents/index", { kind: "incidents", key: "incidents", title: "Incidents" }),
      page("en/incidents/index", { kind: "incidents", key: "incidents", title: "Incidents (en)" }),
      page("fr/incidents/alpha-2024", { kind: "incident", key: "incident-alpha", incident: "alpha-2024" }, [
        "cnil",
      ]),
      page("en/incidents/alpha-2024", { kind: "incident", key: "incident-alpha", incident: "alpha-2024" }, [
        "cnil",
      ]),
      page("fr/incidents/beta-2025", { kind: "incident", key: "incident-beta", incident: "beta-2025" }),
      page("fr/que-faire", { kind: "guidance", key: "que-faire", title: "Que faire" }),
      page("fr/donnees/index", { kind: "categories", key: "donnees" }),
      page("fr/donnees/nir", { kind: "category", key: "categorie-nir", category: "nir" }),
      page("fr/mises-a-jour", {
        kind: "updates",
        key: "mises-a-jour",
        changes: [{ date: "2026-11-29", summary: "log" }],
      }),
      page("fr/recherche", { kind: "search", key: "recherche" }),
      page("fr/faq", {
        kind: "faq",
        key: "faq",
        updated: "2026-11-30",
        changes: [
          { date: "2026-11-30", summary: "Nouvelle question" },
          { date: "2026-11-29", summary: "Première version" },
        ],
      }),
    ],
    incidents: [
      incident("alpha-2024", "2024-02-01", {
        insured: {
          nir: { status: "exposed", sources: ["seed"] },
          "bank-details": { status: "not-exposed", sources: ["seed"] },
        },
      }),
      incident("beta-2025", "2025-09-23", { insured: { nir: { status: "exposed", sources: ["press"] } } }),
    ],
    categories: [
      category("civil-status", "both"),
      category("nir", "insured", {
        implication: { fr: "Le NIR ne change pas.", en: "The NIR cannot change." },
        implicationSources: ["press"],
      }),
      category("bank-details", "both"),
    ],
    figures: [
      figure("alpha-portfolio", ["alpha-2024"]),
      figure("people-both", ["alpha-2024", "beta-2025"], { peopleConcerned: true, qualifier: "more-than" }),
    ],
    events: [
      event("shared", "2024-02-07", ["alpha-2024", "beta-2025"]),
      event("alpha-first", "2024-01-29", ["alpha-2024"]),
    ],
    sources: [source("seed"), source("cnil"), source("press"), source("cnil-communique-2024-02-07")],
    menus: {
      nav: [
        { key: "incidents", label: "nav.incidents" },
        { key: "que-faire", label: "nav.whatToDo" },
      ],
      footer: [{ key: "a-propos", label: "footer.about" }],
    },
    ...overrides,
  };
}
