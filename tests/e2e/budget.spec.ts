/**
 * The page-weight budget (scripts/check-budget.ts), over every built page: the table is
 * printed, and any page over budget fails the run.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { imageBudget, measure } from "../../scripts/check-budget.ts";
import { DIST_DIR } from "./built-pages.ts";

test("every page is within its weight budget", () => {
  const script = join(import.meta.dirname, "../../scripts/check-budget.ts");
  let output = "";
  try {
    output = execFileSync(process.execPath, [script, DIST_DIR], { encoding: "utf8" });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? String(error);
  }
  console.log(output);
  const { pages, images } = measure(DIST_DIR);
  expect(
    pages.filter((page) => page.over.length > 0).map((page) => `${page.url}: ${page.over.join(", ")}`),
  ).toEqual([]);
  expect(images.filter((image) => image.bytes > imageBudget(image.path))).toEqual([]);
});
