import type { APIRoute } from "astro";
import { buildOpenData, openDataCsv } from "../../../lib/open-data.ts";
import { openDataInput } from "../../../lib/open-data-input.ts";

export const GET: APIRoute = async ({ site }) =>
  new Response(openDataCsv(buildOpenData(await openDataInput(site!))), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
