// The Firefox smoke e2e (tests/firefox), run by `npm run test:firefox-e2e` after it builds both
// Firefox packages. Vitest, like the build checks: the same runner, matchers and reporter as the
// rest of the suite, and its hooks give each page its own Firefox. Plain Node: no DOM, no WXT plugin.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/firefox/*.test.ts'],
    // A Firefox launch takes 3 s idle and up to several times that on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
