/**
 * Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json).
 */
import { expect, test } from "@playwright/test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { builtPages, fileOfPage } from "./built-pages.ts";

test("every built page passes html-validate with zero errors", async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const url of builtPages()) {
    const file = fileOfPage(url);
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${url}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});
