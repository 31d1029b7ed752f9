import type { APIRoute } from "astro";
import { buildOpenData, timelineCsv, openDataInput } from "../../../lib/outputs/open-data.ts";
import { siteModel } from "../../../lib/site/load.ts";

export const GET: APIRoute = async ({ site }) =>
  new Response(timelineCsv(buildOpenData(openDataInput(await siteModel(), site!, new Date()))), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
