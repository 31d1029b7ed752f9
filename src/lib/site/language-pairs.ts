/**
 * The anchor pairing of the whole site (`./anchor-pairs.ts`), made once per build from the
 * permalink registry (`content/permalinks.json`: every anchor a link may point at, template
 * anchors included) and each page's Markdown outline; each page then looks its own up.
 */
import { t, type Lang, type UiKey } from "../../i18n/index.ts";
import { fr } from "../../i18n/fr.ts";
import { encodePairs, pairAnchors, type KeyedPairs, type PageAnchors } from "./anchor-pairs.ts";
import type { ScamCheck } from "../../schemas/scam-check.ts";
import type { SitePage } from "./records.ts";

/** Page URL → its anchors, as the permalink registry lists them. */
export type AnchorRegistry = Readonly<Record<string, readonly string[]>>;

const ANCHOR_KEYS = (Object.keys(fr) as UiKey[]).filter((key) => key.startsWith("anchor."));

/**
 * What the pairing reads of the site: the site model (`./model.ts`) passes itself, and naming
 * only this keeps the model out of this module's imports.
 */
export interface PairedSite {
  pages: readonly SitePage[];
  scamCheck: ScamCheck | undefined;
  pageAt(url: string): SitePage | undefined;
  childrenOf(page: SitePage): readonly SitePage[];
  translations(page: SitePage): readonly { lang: Lang; url: string }[];
}

/** `data-pairs` of each page's link to each translation, by `from to` URLs. */
export function sitePairs(site: PairedSite, registry: AnchorRegistry): Map<string, string> {
  const anchorsOf = (page: SitePage): PageAnchors => {
    const headings = page.metadata.headings;
    return {
      anchors: [...new Set([...(registry[page.url] ?? []), ...headings.map((heading) => heading.slug)])],
      headings,
    };
  };
  const named = (from: Lang, to: Lang): KeyedPairs => ANCHOR_KEYS.map((key) => [t(from, key), t(to, key)]);
  const computed = new Map<string, Map<string, string>>();

  const pairsOf = (from: SitePage, to: SitePage): Map<string, string> => {
    const id = `${from.url} ${to.url}`;
    let pairs = computed.get(id);
    if (!pairs) {
      pairs = pairAnchors(anchorsOf(from), anchorsOf(to), named(from.lang, to.lang), extraPairs(from, to));
      computed.set(id, pairs);
    }
    return pairs;
  };

  /** Keys that live in data files or other pages, for the kinds of page that show them. */
  const extraPairs = (from: SitePage, to: SitePage): KeyedPairs => {
    const kind = from.data.kind;
    if (kind.startsWith("scam-") && site.scamCheck) {
      return site.scamCheck.steps.map((step) => [step.anchor[from.lang], step.anchor[to.lang]]);
    }
    // The FAQ's index lists each theme (by its page's last segment) and its questions (their
    // anchors on the theme's page): the theme pages' own pairs.
    if (kind === "faq-index") {
      return site.childrenOf(from).flatMap((theme): KeyedPairs => {
        const other = site.pageAt(site.translations(theme).find((each) => each.lang === to.lang)?.url ?? "");
        if (!other) return [];
        return [[lastSegment(theme.url), lastSegment(other.url)], ...pairsOf(theme, other)];
      });
    }
    return [];
  };

  const links = new Map<string, string>();
  for (const page of site.pages) {
    for (const alternate of site.translations(page)) {
      const other = site.pageAt(alternate.url);
      if (!other || other === page) continue;
      links.set(`${page.url} ${other.url}`, encodePairs(anchorsOf(page).anchors, pairsOf(page, other)));
    }
  }
  return links;
}

const lastSegment = (url: string) => url.split("/").at(-2) ?? "";
