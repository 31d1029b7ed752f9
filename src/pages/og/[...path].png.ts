/** One link-preview image per page, at `/og/<page path>.png` (see `ogImageUrl`). */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { formatDate, t, type UiKey } from "../../i18n/index.ts";
import { renderOgImage } from "../../lib/og-image.ts";
import type { Page } from "../../lib/site-pages.ts";
import { langOfPage, ogImageParam } from "../../lib/urls.ts";

export const getStaticPaths = (async () =>
  (await getCollection("pages")).map((page) => ({
    params: { path: ogImageParam(page.id) },
    props: { page },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: Page }> = async ({ props }) => {
  const { page } = props;
  const lang = langOfPage(page.id);
  const png = await renderOgImage({
    siteName: t(lang, "site.name"),
    title: page.data.title,
    eyebrow: t(lang, `og.kind.${page.data.kind}` as UiKey),
    footer: t(lang, "page.updated", { date: formatDate(lang, page.data.updated) }),
  });
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};
