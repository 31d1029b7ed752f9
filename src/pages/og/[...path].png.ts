/** One link-preview image per page, at `/og/<page path>.png` (see `ogImageUrl`). */
import type { APIRoute, GetStaticPaths } from "astro";
import { previewImages } from "../../lib/outputs/og/images.ts";
import type { OgImageText } from "../../lib/outputs/og/layout.ts";
import { siteModel } from "../../lib/site/load.ts";
import { ogImageTextOf } from "../../lib/site/preview.ts";
import { ogImageParam } from "../../lib/site/urls.ts";

export const getStaticPaths = (async () => {
  const site = await siteModel();
  const images = previewImages(import.meta.env.DEV);
  const paths = site.pages.map((page) => {
    const text = ogImageTextOf(page);
    return { params: { path: ogImageParam(page.url) }, props: { text }, cacheKey: JSON.stringify(text) };
  });
  images.prepare(paths.map((path) => path.props.text));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: OgImageText }> = async ({ props }) => {
  const png = await previewImages(import.meta.env.DEV).get(props.text);
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};
