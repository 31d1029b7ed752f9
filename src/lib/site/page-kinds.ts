/**
 * The page-kind registry: everything a kind of page (`kind:` in a page's frontmatter,
 * `src/schemas/page.ts`) needs besides its prose, in one entry per kind. The compiler refuses
 * a kind left out. Its template is picked in `src/pages/[...path].astro`, where Astro wants
 * the components imported; adding a kind touches the schema, this registry and that route.
 */
import type { UiKey } from "../../i18n/index.ts";
import type { PageData, PageKind } from "../../schemas/page.ts";
import type { ScamPart } from "../../schemas/scam-check.ts";
import { siteConfig } from "../../site.config.ts";
import type { SearchType } from "../search/filters.ts";
import type { Archive } from "./archives.ts";
import { categoryView, type CategoryView } from "./views/category.ts";
import { changeLogView, type ChangeLogView } from "./views/change-log.ts";
import { comparisonView, type ComparisonView } from "./views/comparison.ts";
import { faqIndexView, type FaqIndexView } from "./views/faq-index.ts";
import { homeView, type HomeView } from "./views/home.ts";
import { incidentCard } from "./views/incident-card.ts";
import { incidentContents, incidentView, type ContentsEntry, type IncidentView } from "./views/incident.ts";
import { incidentListView, type IncidentListView } from "./views/incident-list.ts";
import { letterPageView, type LetterPageView } from "./views/letter.ts";
import type { NumberedSource, SiteModel, SitePage } from "./model.ts";
import { pressView, type PressView } from "./views/press.ts";
import { accessibilityRows, legalRows, type SettingRow } from "./publisher.ts";
import {
  scamCheckView,
  scamExamplesView,
  type ScamCheckView,
  type ScamExamplesView,
} from "./views/scam-check.ts";
import { searchView, type SearchView } from "./views/search.ts";

/**
 * What varies by kind of page, besides the prose, and the sources cited by the facts it shows
 * (an incident's table, a data page's list), which the page's source list adds to its prose's.
 */
export type KindView = (
  | { kind: "home"; home: HomeView }
  | { kind: "incident"; incident: IncidentView; contents: ContentsEntry[] }
  | { kind: "legal"; rows: SettingRow[] }
  | { kind: "incidents"; list: IncidentListView; archive: Archive | undefined }
  | { kind: "category"; category: CategoryView }
  | { kind: "categories"; comparison: ComparisonView }
  | { kind: "sources"; sources: readonly NumberedSource[] }
  | { kind: "updates"; log: ChangeLogView; archive: Archive | undefined }
  | { kind: "press"; press: PressView }
  | { kind: "search"; search: SearchView }
  | { kind: "faq-index"; faq: FaqIndexView }
  | { kind: "scam-check"; check: ScamCheckView; examplesUrl: string | undefined }
  | { kind: "scam-examples"; examples: ScamExamplesView; checkUrl: string | undefined }
  | { kind: "access-letter"; letters: LetterPageView }
  | { kind: "prose" }
) & { factSources: readonly string[] };

/** Rank among search results that match equally well, lowest first. */
export type SearchRank = 0 | 1 | 2 | 3;

/** A page of kind `K`, whose frontmatter has the fields that kind requires. */
export type PageOfKind<K extends PageKind> = SitePage & { data: PageData & { kind: K } };

/** What one kind of page needs. */
export interface KindEntry<K extends PageKind = PageKind> {
  /** The kind-specific part of its page model, which its template renders. */
  view(site: SiteModel, page: PageOfKind<K>): KindView;
  /** Whether the page carries a "Cite this page" block. */
  citable: boolean;
  /** The search filter « type » it is found under; undefined: searchable but unfiltered. */
  searchType: SearchType | undefined;
  /** Its rank among equally matching search results; kinds without one come after. */
  searchRank?: SearchRank;
  /** The line above the title on its link-preview image. */
  previewLabel: UiKey;
}

const proseView = (): KindView => ({ kind: "prose", factSources: [] });

/** The sentence that introduces the leaks that complete the picture cites its source. */
const relatedSources = (related: readonly unknown[]) => (related.length > 0 ? siteConfig.relatedSources : []);

/**
 * The guided check and the other pages of its folder: the questions at its top; the signs of
 * a message in the name of a care provider or of another service, what to do and the examples
 * below it. Each links to the others.
 */
function scamFamily(site: SiteModel, page: SitePage) {
  if (!site.scamCheck) throw new Error(`${page.id}: content/scam-check.yaml is missing`);
  const urlOf = (kind: PageKind) => site.pagesOfKind(page.lang, kind)[0]?.url;
  return { check: site.scamCheck, urlOf };
}

/** A question page of the guided check, which shows the steps of `part`. */
const scamQuestions =
  (part: ScamPart) =>
  (site: SiteModel, page: SitePage): KindView => {
    const { check, urlOf } = scamFamily(site, page);
    const urls = {
      questions: urlOf("scam-check") ?? "",
      care: urlOf("scam-care") ?? "",
      services: urlOf("scam-services") ?? "",
      actions: urlOf("scam-actions") ?? "",
    };
    const view = scamCheckView(check, page.lang, part, urls);
    return {
      kind: "scam-check",
      check: view,
      examplesUrl: urlOf("scam-examples"),
      factSources: view.factSources,
    };
  };

export const PAGE_KIND_REGISTRY = {
  home: {
    view: (site, { lang }) => {
      const home = homeView(site, lang);
      return { kind: "home", home, factSources: relatedSources(home.related) };
    },
    citable: false,
    searchType: "guidance",
    previewLabel: "og.kind.home",
  },
  incident: {
    view: (site, page) => {
      const incident = site.incident(page.data.incident);
      if (!incident) throw new Error(`${page.id}: incident "${page.data.incident}" not found`);
      const view = incidentView(site, page.lang, incident);
      return {
        kind: "incident",
        incident: view,
        contents: incidentContents(page.lang, page.metadata.headings, Boolean(incident.data.entryPoint)),
        factSources: view.factSources,
      };
    },
    citable: true,
    searchType: "incident",
    searchRank: 3,
    previewLabel: "og.kind.incident",
  },
  incidents: {
    view: (site, page) => {
      const archive = site.archiveAt(page.url);
      const list: IncidentListView = archive
        ? {
            cards: archive.incidents.map((incident) => incidentCard(incident, page.lang)),
            related: [],
            latest: undefined,
            years: archive.archive.years,
          }
        : incidentListView(site, page.lang);
      return {
        kind: "incidents",
        list,
        archive: archive?.archive,
        factSources: relatedSources(list.related),
      };
    },
    citable: false,
    searchType: undefined,
    previewLabel: "og.kind.incidents",
  },
  category: {
    view: (site, page) => {
      const category = categoryView(site, page.lang, page.data.category);
      return { kind: "category", category, factSources: category.factSources };
    },
    citable: true,
    searchType: "category",
    searchRank: 2,
    previewLabel: "og.kind.category",
  },
  categories: {
    view: (site, { lang }) => {
      const comparison = comparisonView(site, lang);
      return { kind: "categories", comparison, factSources: comparison.factSources };
    },
    citable: true,
    searchType: "category",
    previewLabel: "og.kind.categories",
  },
  guidance: {
    view: proseView,
    citable: true,
    searchType: "guidance",
    searchRank: 0,
    previewLabel: "og.kind.guidance",
  },
  faq: {
    view: proseView,
    citable: true,
    searchType: "faq",
    searchRank: 1,
    previewLabel: "og.kind.faq",
  },
  "faq-index": {
    view: (site, page) => ({ kind: "faq-index", faq: faqIndexView(site, page), factSources: [] }),
    citable: true,
    searchType: undefined,
    previewLabel: "og.kind.faq-index",
  },
  sources: {
    view: (site, page) => ({
      kind: "sources",
      sources: site.sources.filter(
        (source) => !source.scamCheckOnly && !source.letterOnly && source.group === page.data.group,
      ),
      factSources: [],
    }),
    citable: false,
    searchType: undefined,
    previewLabel: "og.kind.sources",
  },
  updates: {
    view: (site, page) => {
      const archive = site.archiveAt(page.url);
      const log: ChangeLogView = archive
        ? { changes: archive.changes, latest: undefined, years: archive.archive.years }
        : changeLogView(site, page.lang);
      return { kind: "updates", log, archive: archive?.archive, factSources: [] };
    },
    citable: false,
    searchType: undefined,
    previewLabel: "og.kind.updates",
  },
  press: {
    view: (site, page) => {
      const press = pressView(site, page);
      return { kind: "press", press, factSources: press.figures.map((figure) => figure.main.id) };
    },
    citable: false,
    searchType: undefined,
    previewLabel: "og.kind.press",
  },
  about: {
    view: proseView,
    citable: false,
    searchType: undefined,
    previewLabel: "og.kind.about",
  },
  legal: {
    view: (_site, { lang }) => ({ kind: "legal", rows: legalRows(lang), factSources: [] }),
    citable: false,
    searchType: undefined,
    previewLabel: "og.kind.legal",
  },
  accessibility: {
    view: (_site, { lang }) => ({ kind: "legal", rows: accessibilityRows(lang), factSources: [] }),
    citable: false,
    searchType: undefined,
    previewLabel: "og.kind.accessibility",
  },
  glossary: {
    view: proseView,
    citable: true,
    searchType: "guidance",
    previewLabel: "og.kind.glossary",
  },
  search: {
    view: (site, { lang }) => ({ kind: "search", search: searchView(site, lang), factSources: [] }),
    citable: false,
    searchType: undefined,
    previewLabel: "og.kind.search",
  },
  "scam-check": {
    view: scamQuestions("questions"),
    citable: true,
    searchType: "guidance",
    previewLabel: "og.kind.scam-check",
  },
  "scam-care": {
    view: scamQuestions("care"),
    citable: true,
    searchType: "guidance",
    previewLabel: "og.kind.scam-care",
  },
  "scam-services": {
    view: scamQuestions("services"),
    citable: true,
    searchType: "guidance",
    previewLabel: "og.kind.scam-services",
  },
  "scam-actions": {
    view: scamQuestions("actions"),
    citable: true,
    searchType: "guidance",
    previewLabel: "og.kind.scam-actions",
  },
  "scam-examples": {
    view: (site, page) => {
      const { check, urlOf } = scamFamily(site, page);
      const examples = scamExamplesView(check, page.lang);
      return {
        kind: "scam-examples",
        examples,
        checkUrl: urlOf("scam-check"),
        factSources: examples.factSources,
      };
    },
    citable: true,
    searchType: "guidance",
    previewLabel: "og.kind.scam-examples",
  },
  "access-letter": {
    view: (site, { lang }) => {
      const letters = letterPageView(site, lang);
      return { kind: "access-letter", letters, factSources: letters.factSources };
    },
    citable: true,
    searchType: "guidance",
    previewLabel: "og.kind.access-letter",
  },
} satisfies { [K in PageKind]: KindEntry<K> };

/** The entry of a page's kind. */
export const kindOf = (page: SitePage): KindEntry => PAGE_KIND_REGISTRY[page.data.kind];

type Registry = typeof PAGE_KIND_REGISTRY;

/**
 * The search ranks the registry gives, as a type: the ranking runs in the browser, where the
 * registry (which builds views) cannot go, so `src/lib/search/ranking.ts` keeps a copy this
 * type checks.
 */
export type SearchRanks = {
  [K in PageKind as Registry[K] extends { searchRank: SearchRank } ? K : never]: Registry[K] extends {
    searchRank: infer Rank;
  }
    ? Rank
    : never;
};
