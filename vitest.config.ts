import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    // The content-error suite runs real builds in scratch copies of the project.
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
