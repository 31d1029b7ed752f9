/**
 * Atom feeds beside the pages they follow: `/mises-a-jour/atom.xml` (every change of the
 * site in that language) and `/incidents/<id>/atom.xml` (changes of one incident page).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { atomFeed } from "../../lib/feeds.ts";
import { pagesOf, type Page } from "../../lib/site-pages.ts";
import { langOfPage, routeParamOfPage, urlOfPage } from "../../lib/urls.ts";

export const getStaticPaths = (async () => {
  const pages = await getCollection("pages");
  return pages
    .filter((page) => page.data.kind === "updates" || page.data.kind === "incident")
    .map((page) => ({ params: { path: routeParamOfPage(page.id) }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: Page }> = async ({ props, site }) => {
  const { page } = props;
  const lang = langOfPage(page.id);
  const followed = page.data.kind === "updates" ? await pagesOf(lang) : [page];
  const xml = atomFeed({
    lang,
    site: site!,
    title: page.data.title,
    pageUrl: urlOfPage(page.id),
    feedUrl: `${urlOfPage(page.id)}atom.xml`,
    pages: followed
      .filter((other) => other.data.kind !== "updates")
      .map((other) => ({ url: urlOfPage(other.id), title: other.data.title, changes: other.data.changes })),
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
