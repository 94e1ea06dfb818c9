import { defineConfig } from "vitest/config";

// Vitest: unit and property tests (Node, happy-dom), and end-to-end tests in real browsers. The
// extension itself is bundled by scripts/build-extension.ts (see the README's design section).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
          globalSetup: ["tests/global-setup.ts"],
          environmentOptions: {
            happyDOM: { settings: { disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } },
          },
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.ts"],
          globalSetup: ["e2e/global-setup.ts"],
          testTimeout: 60000,
          hookTimeout: 90000,
          fileParallelism: false,
        },
      },
    ],
  },
});
