import { defineConfig } from "vitest/config";

// The extension build (issue 3) adds its plugins here; for now Vitest reads this file.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
  },
});
