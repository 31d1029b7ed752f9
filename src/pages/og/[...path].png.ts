/** One link-preview image per page, at `/og/<page path>.png` (see `ogImageUrl`). */
import type { APIRoute, GetStaticPaths } from "astro";
import { formatDate, t, type UiKey } from "../../i18n/index.ts";
import { renderOgImage } from "../../lib/outputs/og-image.ts";
import { siteModel } from "../../lib/site/load.ts";
import { ogImageParam } from "../../lib/site/urls.ts";

export const getStaticPaths = (async () =>
  (await siteModel()).pages.map((page) => ({
    params: { path: ogImageParam(page.url) },
    props: { url: page.url },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ url: string }> = async ({ props }) => {
  const page = (await siteModel()).pageAt(props.url);
  if (!page) throw new Error(`no page at ${props.url}`);
  const { lang } = page;
  const png = await renderOgImage({
    siteName: t(lang, "site.name"),
    title: page.data.title,
    eyebrow: t(lang, `og.kind.${page.data.kind}` as UiKey),
    footer: t(lang, "page.updated", { date: formatDate(lang, page.data.updated) }),
  });
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};
