import { defineConfig } from "vitest/config";

/** Builds of the sites that build and browser tests read; unit tests build nothing. */
const SITES = ["tests/support/global-setup.ts"];

/** Builds and browsers are slow on two cores; a test that hangs still ends. */
const TEST_TIMEOUT = 120_000;

export default defineConfig({
  test: {
    environment: "node",
    testTimeout: TEST_TIMEOUT,
    hookTimeout: 180_000,
    // What a test polls for it waits for as long as the test may run: on a busy machine a
    // page takes longer to show it, which is no fault (docs/decisions/089).
    expect: { poll: { timeout: TEST_TIMEOUT } },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      { extends: true, test: { name: "build", include: ["tests/build/**/*.test.ts"], globalSetup: SITES } },
      {
        extends: true,
        test: { name: "browser", include: ["tests/browser/**/*.test.ts"], globalSetup: SITES },
      },
    ],
  },
});
