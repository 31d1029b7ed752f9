/**
 * The build's clock. `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
 * convention) fixes it, so two builds of the same content can be compared byte for byte
 * (`npm run compare-dist`); unset, it is the time the build runs.
 */
export function buildTimeFrom(epoch: string | undefined): Date {
  if (epoch === undefined || epoch === "") return new Date();
  if (!/^\d+$/.test(epoch))
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
  return new Date(Number(epoch) * 1000);
}

/** When this build runs: the open data's `generatedAt`. */
export const BUILD_TIME: Date = buildTimeFrom(process.env["SOURCE_DATE_EPOCH"]);

/** The build's day, `YYYY-MM-DD` (UTC): the "accessed" date of citations, the latest date content may give. */
export const BUILD_DAY: string = BUILD_TIME.toISOString().slice(0, 10);
