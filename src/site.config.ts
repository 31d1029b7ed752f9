import type { UiKey } from "./i18n/index.ts";

/** Site-wide settings an editor may change. Links point at page keys, not URLs. */
export const siteConfig = {
  /** Main navigation, in order. Items whose page does not exist yet are left out. */
  nav: [
    { key: "incidents", label: "nav.incidents" },
    { key: "donnees", label: "nav.data" },
    { key: "que-faire", label: "nav.whatToDo" },
    { key: "suis-je-concerne", label: "nav.amIAffected" },
    { key: "faq", label: "nav.faq" },
  ],
  footer: [
    { key: "a-propos", label: "footer.about" },
    { key: "sources", label: "footer.sources" },
    { key: "mises-a-jour", label: "footer.updates" },
    { key: "presse", label: "footer.press" },
  ],
  /** The page key of the search page, target of the header's search form. */
  searchKey: "recherche",
  /** The page key of the guidance page that "what this means for you" points to. */
  guidanceKey: "que-faire",
  /**
   * Sources of the caution shown under "what this means for you" on every incident page
   * (leaked data can be combined with other leaks; be wary of contacts about reimbursements).
   */
  cautionSources: ["cnil-communique-2024-02-07"],
  /**
   * Press contact shown on the press page, e.g. "presse@example.org". Empty: no contact is
   * shown (none is invented).
   */
  pressContact: "",
} as const satisfies {
  nav: readonly { key: string; label: UiKey }[];
  footer: readonly { key: string; label: UiKey }[];
  searchKey: string;
  guidanceKey: string;
  cautionSources: readonly string[];
  pressContact: string;
};
