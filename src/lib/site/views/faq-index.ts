import { upperFirst } from "../../../i18n/index.ts";
import type { SiteModel, SitePage } from "../model.ts";

export interface FaqTheme {
  /** The theme's anchor on the FAQ's index, the last part of its page's address. */
  id: string;
  /** The theme alone, as a heading: « Ce qui s'est passé » from « Questions fréquentes : ce qui s'est passé ». */
  title: string;
  url: string;
  questions: { id: string; text: string; url: string }[];
}

export interface FaqIndexView {
  /**
   * The index states no answer, so it lists no answer's sources: each theme page lists its
   * own (listing them all here made the index the heaviest page of the site).
   */
  themes: FaqTheme[];
}

/** The FAQ's index: each theme page, in order, with its questions (its h2 headings). */
export function faqIndexView(site: SiteModel, page: SitePage): FaqIndexView {
  const themes = site.childrenOf(page).filter((child) => child.data.kind === "faq");
  return {
    themes: themes.map((theme) => ({
      id: theme.url.split("/").at(-2) ?? "",
      title: upperFirst(theme.data.title.replace(/^[^:]+:\s*/, "")),
      url: theme.url,
      questions: theme.metadata.headings
        .filter((heading) => heading.depth === 2)
        .map((heading) => ({ id: heading.slug, text: heading.text, url: `${theme.url}#${heading.slug}` })),
    })),
  };
}
