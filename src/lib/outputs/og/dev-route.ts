/** In `astro dev` only: each page's preview image, drawn when asked for (see `./integration.ts`). */
import type { APIRoute, GetStaticPaths } from "astro";
import { siteModel } from "../../site/load.ts";
import { ogImageTextOf } from "./page-text.ts";
import { ogImageParam } from "../../text/urls.ts";
import type { OgImageText } from "./layout.ts";
import { renderOgImage } from "./render.ts";

export const getStaticPaths = (async () =>
  (await siteModel()).pages.map((page) => ({
    params: { path: ogImageParam(page.url) },
    props: { text: ogImageTextOf(page) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: OgImageText }> = ({ props }) =>
  new Response(new Uint8Array(renderOgImage(props.text)), { headers: { "content-type": "image/png" } });
