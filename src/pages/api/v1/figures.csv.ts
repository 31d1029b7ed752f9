import type { APIRoute } from "astro";
import { BUILD_TIME } from "../../../lib/build/clock.ts";
import { buildOpenData, figuresCsv, openDataInput } from "../../../lib/outputs/open-data.ts";
import { siteModel } from "../../../lib/site/load.ts";

export const GET: APIRoute = async ({ site }) =>
  new Response(figuresCsv(buildOpenData(openDataInput(await siteModel(), site!, BUILD_TIME))), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
