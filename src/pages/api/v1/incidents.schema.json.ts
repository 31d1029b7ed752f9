import type { APIRoute } from "astro";
import { z } from "astro/zod";
import { openDataSchema } from "../../../schemas/open-data.ts";

/** The JSON Schema of incidents.json, generated from the zod schema the build validates with. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(z.toJSONSchema(openDataSchema, { io: "output" }), null, 2), {
    headers: { "content-type": "application/schema+json; charset=utf-8" },
  });
