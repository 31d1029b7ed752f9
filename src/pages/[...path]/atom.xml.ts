/**
 * Atom feeds beside the pages they follow: `/mises-a-jour/atom.xml` (every change of the
 * site in that language) and `/incidents/<id>/atom.xml` (changes of one incident page).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { siteChanges } from "../../lib/facts/changes.ts";
import { atomFeed } from "../../lib/outputs/feeds.ts";
import { siteModel } from "../../lib/site/load.ts";
import { routeParamOfUrl } from "../../lib/site/urls.ts";
import { siteConfig } from "../../site.config.ts";

export const getStaticPaths = (async () => {
  const site = await siteModel();
  return site.pages
    .filter(
      (page) => (page.data.kind === "updates" || page.data.kind === "incident") && !site.archiveAt(page.url),
    )
    .map((page) => ({ params: { path: routeParamOfUrl(page.url) }, props: { url: page.url } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ url: string }> = async ({ props, site }) => {
  const model = await siteModel();
  const page = model.pageAt(props.url);
  if (!page) throw new Error(`no page at ${props.url}`);
  const changes =
    page.data.kind === "updates"
      ? model.changes(page.lang).slice(0, siteConfig.lists.feedEntries)
      : siteChanges([{ url: page.url, title: page.data.title, changes: page.data.changes }]);
  const xml = atomFeed({
    lang: page.lang,
    site: site!,
    title: page.data.title,
    pageUrl: page.url,
    feedUrl: `${page.url}atom.xml`,
    changes,
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
