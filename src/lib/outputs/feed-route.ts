/**
 * Atom feeds beside the pages they follow: `/mises-a-jour/atom.xml` (the newest changes of
 * the site in that language) and `/incidents/<id>/atom.xml` (changes of one incident page).
 * In a build they are written by the build hook (`./extra-files.ts`); in `astro dev` this
 * route serves them.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { siteModel } from "../site/load.ts";
import { feedFiles } from "./feeds.ts";

export const getStaticPaths = (async () => {
  const site = await siteModel();
  return feedFiles(site, new URL(import.meta.env.SITE)).map((file) => ({
    params: { path: file.path.replace(/\/atom\.xml$/, "") },
    props: { xml: file.xml },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ xml: () => string }> = ({ props }) =>
  new Response(props.xml(), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
