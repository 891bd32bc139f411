// Before any end-to-end test: both builds the specs load exist, are newer than their sources, and the
// e2e one is the e2e build (open shadow root, test signals). `npx playwright test` alone would
// otherwise test whatever was built last; `npm run test:e2e` rebuilds both first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_SIGNAL_PREFIX } from '../../entrypoints/viatrajectoire.content/e2e-signal';
import { staleBuildMessage } from '../../scripts/build-freshness.mjs';
import { E2E_EXTENSION_DIR, EXTENSION_DIR } from '../../scripts/launch.mjs';

const CONTENT_SCRIPT = 'content-scripts/viatrajectoire.js';

/** The problems with the builds, each in French then English; empty when the tests may run. */
export function buildProblems(): string[] {
  const problems = [
    staleBuildMessage(EXTENSION_DIR, 'npm run build'),
    staleBuildMessage(E2E_EXTENSION_DIR, 'npm run build:e2e'),
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0) return problems;
  const carriesSignals = (dir: string) =>
    readFileSync(join(dir, CONTENT_SCRIPT), 'utf8').includes(E2E_SIGNAL_PREFIX);
  if (!carriesSignals(E2E_EXTENSION_DIR))
    problems.push(
      `${E2E_EXTENSION_DIR} n’est pas la construction de test : lancez « npm run build:e2e » (wxt build --mode e2e).\n` +
        `${E2E_EXTENSION_DIR} is not the e2e build: run "npm run build:e2e" (wxt build --mode e2e).`,
    );
  if (carriesSignals(EXTENSION_DIR))
    problems.push(
      `${EXTENSION_DIR} porte les signaux de test : lancez « npm run build » (sans --mode).\n` +
        `${EXTENSION_DIR} carries the test signals: run "npm run build" (no --mode).`,
    );
  return problems;
}

export default function globalSetup(): void {
  const problems = buildProblems();
  if (problems.length > 0) throw new Error(`\n${problems.join('\n\n')}\n`);
}
