import type { APIRoute } from "astro";
import { BUILD_TIME } from "../../../lib/build/clock.ts";
import { buildOpenData, openDataInput } from "../../../lib/outputs/open-data.ts";
import { siteModel } from "../../../lib/site/load.ts";
import { openDataSchema } from "../../../schemas/open-data.ts";

export const GET: APIRoute = async ({ site }) => {
  // Validated on the way out: a build never publishes data that breaks its own schema.
  const data = openDataSchema.parse(buildOpenData(openDataInput(await siteModel(), site!, BUILD_TIME)));
  return new Response(JSON.stringify(data, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
