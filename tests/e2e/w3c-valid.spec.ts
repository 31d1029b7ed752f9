/**
 * Every built page is valid HTML by the W3C Nu HTML Checker, the reference validator
 * (the `vnu-jar` package, run with the system's Java). Errors fail the test; warnings are
 * printed.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import vnuJar from "vnu-jar";
import { builtPages, fileOfPage } from "./built-pages.ts";

interface NuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

test("every built page passes the W3C Nu HTML Checker with zero errors", async () => {
  test.setTimeout(600_000);
  const files = builtPages().map(fileOfPage);
  // The checker writes its JSON report to stdout (`--stdout`), and exits 1 when it found an
  // error, which still leaves the report to read.
  const { stdout } = await promisify(execFile)(
    "java",
    ["-jar", String(vnuJar), "--format", "json", "--stdout", ...files],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
  const messages = (JSON.parse(stdout) as { messages: NuMessage[] }).messages;
  const where = (message: NuMessage) =>
    `${(message.url ?? "").replace(/^file:.*?\/dist/, "")}:${message.lastLine ?? "?"} ${message.message}`;
  const warnings = messages.filter((message) => message.type === "info" && message.subType === "warning");
  console.log(`W3C checker: ${files.length} pages, ${warnings.length} warnings`);
  for (const warning of warnings) console.log(`  warning ${where(warning)}`);
  expect(messages.filter((message) => message.type !== "info").map(where)).toEqual([]);
});
