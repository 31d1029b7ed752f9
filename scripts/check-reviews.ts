/**
 * `node scripts/check-reviews.ts`: lists the general pages not reviewed for some incident
 * (`src/lib/content/reviews.ts`) and fails when there is one. `npm test` runs it; the build
 * prints the same list as a warning.
 */
import { resolve } from "node:path";
import { describeUnreviewed, reviewsOf } from "../src/lib/content/reviews.ts";

const root = resolve(process.argv[2] ?? resolve(import.meta.dirname, ".."));
const unreviewed = reviewsOf(root);
if (unreviewed.length > 0) {
  console.error(`${describeUnreviewed(unreviewed)}\n\nSee README, "Adding an incident".`);
  process.exit(1);
}
console.log("Reviews: every general page is reviewed for every incident.");
