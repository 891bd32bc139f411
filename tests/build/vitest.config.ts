// Checks on the built extension (.output/<target>), run by `npm run test:build` (Chromium build)
// and `npm run test:firefox` (Firefox build) right after the build; not part of the unit run
// (vitest.config.ts includes tests/unit only). Plain Node: no DOM, no WXT plugin.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'chrome', include: ['tests/build/*.test.ts'] } },
      {
        extends: true,
        // web-ext lint takes 5 to 40 s on these machines.
        test: { name: 'firefox', include: ['tests/build/firefox/*.test.ts'], testTimeout: 180_000 },
      },
    ],
  },
});
