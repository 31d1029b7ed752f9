/**
 * Each incident's exposure table as SVG and PNG, per language, for articles to reuse
 * (`/images/exposition-viamedis-2024-fr.png`): drawn from the same facts as the page.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { exposureImageSvg } from "../../lib/outputs/exposure-image/draw.ts";
import { exposureImagePng } from "../../lib/outputs/exposure-image/png.ts";
import { exposureImages, exposureImageTexts } from "../../lib/outputs/exposure-image/images.ts";
import { drawnText } from "../../lib/outputs/drawn-text.ts";
import { siteModel } from "../../lib/site/load.ts";

export const getStaticPaths = (async () => {
  const site = await siteModel();
  return exposureImages(site, new URL(import.meta.env.SITE)).flatMap((image) => {
    for (const format of ["svg", "png"]) {
      drawnText().add(`/images/${image.name}.${format}`, exposureImageTexts(image.text));
    }
    return [
      { params: { file: `${image.name}.svg` }, props: { text: image.text, format: "svg" as const } },
      { params: { file: `${image.name}.png` }, props: { text: image.text, format: "png" as const } },
    ];
  });
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];

export const GET: APIRoute<Props> = async ({ props }) => {
  const svg = exposureImageSvg(props.text);
  return props.format === "svg"
    ? new Response(svg, { headers: { "content-type": "image/svg+xml" } })
    : new Response(new Uint8Array(await exposureImagePng(svg)), { headers: { "content-type": "image/png" } });
};
