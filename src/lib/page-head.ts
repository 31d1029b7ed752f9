/** What a content page puts in <head> besides its title: preview image, alternates, feeds, JSON-LD. */
import { t } from "../i18n/index.ts";
import { alternatesOf, trailOf, type Alternate } from "./alternates.ts";
import type { Section } from "./markdown.ts";
import { urlOfKey, type Page } from "./site-pages.ts";
import { articleLd, breadcrumbLd, faqPageLd } from "./structured-data.ts";
import { langOfPage, ogImageUrl, urlOfPage } from "./urls.ts";

export interface PageHead {
  image: string;
  alternates: Alternate[];
  feeds: { title: string; url: string }[];
  jsonLd: Record<string, unknown>[];
  type: "article" | "website";
}

export async function pageHead(page: Page, site: URL): Promise<PageHead> {
  const lang = langOfPage(page.id);
  const absolute = (path: string) => new URL(path, site).href;
  const url = urlOfPage(page.id);
  const image = ogImageUrl(page.id);
  const updatesUrl = await urlOfKey(lang, "mises-a-jour");
  const feeds = [
    ...(updatesUrl ? [{ title: t(lang, "feed.site"), url: `${updatesUrl}atom.xml` }] : []),
    ...(page.data.kind === "incident"
      ? [{ title: t(lang, "feed.page", { title: page.data.title }), url: `${url}atom.xml` }]
      : []),
  ];
  const siteName = t(lang, "site.name");
  const trail = await trailOf(page, lang);
  const jsonLd: Record<string, unknown>[] = [
    articleLd({
      lang,
      siteName,
      title: page.data.title,
      description: page.data.description,
      url: absolute(url),
      image: absolute(image),
      published: page.data.published,
      updated: page.data.updated,
    }),
    breadcrumbLd(trail.map((step) => ({ name: step.title, url: absolute(step.url) }))),
  ];
  if (page.data.kind === "faq") {
    const sections = (page.rendered?.metadata?.["sections"] as Section[] | undefined) ?? [];
    jsonLd.push(
      faqPageLd(
        sections
          .filter((section) => section.depth === 3 && section.body)
          .map((section) => ({
            question: section.text,
            answer: section.body,
            url: absolute(`${url}#${section.slug}`),
          })),
      ),
    );
  }
  return {
    image,
    alternates: await alternatesOf(page),
    feeds,
    jsonLd,
    type: page.data.kind === "home" ? "website" : "article",
  };
}
