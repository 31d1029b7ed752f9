import { defineConfig } from "vitest/config";

/**
 * Some suites build the whole site in scratch copies (about five seconds each when the
 * machine is idle). A shared CI machine can be several times slower: every limit here is
 * far above the work it waits for, and no test asserts on elapsed time.
 */
const TEN_MINUTES = 10 * 60 * 1000;

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    testTimeout: TEN_MINUTES,
    hookTimeout: TEN_MINUTES,
    teardownTimeout: TEN_MINUTES,
    fileParallelism: false,
  },
});
