import { defineConfig } from '@playwright/test';

// End-to-end tests on the built extension (.output/chrome-mv3) in a headless Chromium; the
// browser and its flags come from tests/e2e/extension.ts (scripts/launch.mjs).
export default defineConfig({
  testDir: 'tests/e2e',
  // Refuses a missing or stale build (older than its sources), or the wrong mode.
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results/e2e',
  // Each test starts its own Chromium: two at a time suits these 2-core machines.
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  // Generous: a cold extension service worker on a loaded 2-core machine can take seconds.
  expect: { timeout: 10_000 },
  reporter: 'list',
  // The fixture launches its own persistent context (headless, action and navigation timeouts
  // set there): Playwright's `use` browser options do not reach it.
  use: { headless: true },
});
