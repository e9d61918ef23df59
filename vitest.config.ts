import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    // Builds and browsers are slow on two cores; a test that hangs still ends.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
