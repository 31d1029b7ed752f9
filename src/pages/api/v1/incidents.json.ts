import type { APIRoute } from "astro";
import { buildOpenData } from "../../../lib/open-data.ts";
import { openDataInput } from "../../../lib/open-data-input.ts";
import { openDataSchema } from "../../../schemas/open-data.ts";

export const GET: APIRoute = async ({ site }) => {
  // Validated on the way out: a build never publishes data that breaks its own schema.
  const data = openDataSchema.parse(buildOpenData(await openDataInput(site!)));
  return new Response(JSON.stringify(data, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
