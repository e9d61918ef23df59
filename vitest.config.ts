import { defineConfig } from "vitest/config";

/** Builds of the sites that build and browser tests read; unit tests build nothing. */
const SITES = ["tests/support/global-setup.ts"];

export default defineConfig({
  test: {
    environment: "node",
    // Builds and browsers are slow on two cores; a test that hangs still ends.
    testTimeout: 120_000,
    hookTimeout: 180_000,
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
