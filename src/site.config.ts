import type { UiKey } from "./i18n/index.ts";

/** Site-wide settings an editor may change. Links point at page keys, not URLs. */
export const siteConfig = {
  /** Main navigation, in order. Items whose page does not exist yet are left out. */
  nav: [
    { key: "incidents", label: "nav.incidents" },
    { key: "donnees", label: "nav.data" },
    { key: "que-faire", label: "nav.whatToDo" },
    { key: "verifier-un-message", label: "nav.checkMessage" },
    { key: "suis-je-concerne", label: "nav.amIAffected" },
    { key: "faq", label: "nav.faq" },
    { key: "presse", label: "nav.press" },
  ],
  footer: [
    { key: "a-propos", label: "footer.about" },
    { key: "sources", label: "footer.sources" },
    { key: "mises-a-jour", label: "footer.updates" },
    { key: "presse", label: "footer.press" },
    { key: "mentions-legales", label: "footer.legal" },
    { key: "accessibilite", label: "footer.accessibility" },
  ],
  /**
   * Incidents the home page leads with, whatever their date: the attacks the site was made
   * for. The other health leaks follow them under « Les autres fuites de santé », then the
   * leaks that complete the picture (`group: related` in their facts).
   */
  featuredIncidents: ["viamedis-2024", "almerys-2024"],
  /**
   * How long generated lists get, so that no page grows with the number of incidents: the
   * rest is reachable through the archive pages by year (`src/lib/site/archives.ts`).
   */
  lists: {
    /** Other health leaks on the home page, newest first. */
    homeOthers: 6,
    /** Leaks that complete the picture on the home page, newest first. */
    homeRelated: 4,
    /** Incidents of each group on `/incidents/`, newest first. */
    latestIncidents: 20,
    /**
     * Incidents whose exposure table is also drawn as PNG and SVG (the featured ones, then the
     * newest): drawing one costs about a tenth of a second, too much for every incident.
     */
    tableImages: 12,
    /** The same for the leaks that complete the picture, which never take the health leaks' place. */
    tableImagesRelated: 6,
    /** Entries of an archive page (a year's incidents or changes) before a page 2. */
    perArchivePage: 100,
    /** Incident columns of the health leaks' comparison tables on `/donnees/`. */
    comparisonColumns: 12,
    /** Incident columns of the tables of the leaks that complete the picture. */
    comparisonColumnsRelated: 8,
    /** Incident rows on a data category's page. */
    categoryRows: 20,
    /** Changes on `/mises-a-jour/` and entries in the site's feed. */
    latestChanges: 100,
    feedEntries: 50,
  },
  /** The page key of the search page, target of the header's search form. */
  searchKey: "recherche",
  /** The page key of the guidance page that "what this means for you" points to. */
  guidanceKey: "que-faire",
  /** The guided check « Ce message est-il une arnaque ? », linked from home and incident pages. */
  checkMessageKey: "verifier-un-message",
  /**
   * Sources of the caution shown under "what this means for you" on every incident page
   * (leaked data can be combined with other leaks; be wary of contacts about reimbursements).
   */
  cautionSources: ["cnil-communique-2024-02-07"],
  /** The same caution for the leaks that complete the picture, which are not about health. */
  cautionSourcesRelated: ["cnil-communique-2024-02-07", "cnil-conseils-fuite"],
  /**
   * Sources of the sentence that introduces the leaks that complete the picture (home page,
   * `/incidents/`, `/donnees/`): data from different leaks can be combined.
   */
  relatedSources: ["cnil-communique-2024-02-07"],
  riskSources: ["europe1-risques", "france3-carte-tiers-payant", "cnil-communique-2024-02-07"],
  riskSourcesRelated: ["cnil-conseils-fuite"],
  /**
   * Press contact shown on the press page, e.g. "presse@example.org". Optional: when empty,
   * the press page gives `publisher.contact` (none is invented).
   */
  pressContact: "",
  /**
   * Who publishes the site, shown on the legal notice (« Mentions légales », required for a
   * site published in France), the accessibility statement and the press page. Empty values
   * are shown as « not set » and `npm run build` prints a warning; `npm run build:publish`
   * refuses to build until each is set (README, "Publishing"). None is ever invented.
   */
  publisher: {
    /** The person or organisation that publishes the site. */
    name: "",
    /** Director of publication (« directeur de la publication »). */
    director: "",
    /** Postal address. */
    address: "",
    /**
     * An email address or the https address of a web form readers can write to, for
     * corrections, accessibility and, unless `pressContact` is set, the press.
     */
    contact: "",
  },
  /** The host of the site: name, address and phone, as French law asks. */
  hosting: {
    name: "",
    address: "",
    phone: "",
  },
} as const satisfies {
  nav: readonly { key: string; label: UiKey }[];
  footer: readonly { key: string; label: UiKey }[];
  featuredIncidents: readonly string[];
  lists: Readonly<
    Record<
      | "homeOthers"
      | "homeRelated"
      | "latestIncidents"
      | "tableImages"
      | "tableImagesRelated"
      | "perArchivePage"
      | "comparisonColumns"
      | "comparisonColumnsRelated"
      | "categoryRows"
      | "latestChanges"
      | "feedEntries",
      number
    >
  >;
  searchKey: string;
  guidanceKey: string;
  checkMessageKey: string;
  cautionSources: readonly string[];
  cautionSourcesRelated: readonly string[];
  relatedSources: readonly string[];
  /** Sources of the risk sentence at the top of every incident page. */
  riskSources: readonly string[];
  riskSourcesRelated: readonly string[];
  pressContact: string;
  publisher: { name: string; director: string; address: string; contact: string };
  hosting: { name: string; address: string; phone: string };
};
