/**
 * The tiers-payant diagram of each tiers-payant incident page, per language and colour
 * scheme (`/diagrams/tiers-payant-viamedis-2024-fr-dark.svg`), drawn from the same facts.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { tiersPayantDiagramSvg } from "../../lib/outputs/diagram/tiers-payant.ts";
import { diagramFiles } from "../../lib/site/views/diagram.ts";
import { siteModel } from "../../lib/site/load.ts";

export const getStaticPaths = (async () =>
  diagramFiles(await siteModel()).map(({ file, scheme, text }) => ({
    params: { file },
    props: { scheme, text },
  }))) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(tiersPayantDiagramSvg(props.text, props.scheme), {
    headers: { "content-type": "image/svg+xml" },
  });
