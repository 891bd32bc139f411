// The composer page's first field, in a fresh profile: the first « Rédiger le message » after the
// browser starts. Each run launches Chromium with a new, empty profile and the extension, opens
// composer.html#no-unit, and takes, in the page, the first frame after the first input of the form
// is in the document (performance.now(), from the page's navigation start). Alongside, the same
// page asks storage.managed once at its start: when Chromium answers it (no budget), to show that
// the first field does not wait for the organisation's policy.
import { chromium } from '@playwright/test';
import { blockOtherHosts, chromiumArgs, chromiumExecutable, extensionIdOf } from '../scripts/launch.mjs';
import { EXTENSION_DIR, SETTINGS } from './setup.mjs';
import { spread } from './stats.mjs';

/** The form opened, and the field waited for (its first field, as a user sees it). */
export const COMPOSER_FORM = 'no-unit';
const FIRST_FIELD = '.composer-form input, .composer-form select';
/** A run whose field or policy answer never comes is cut here (and counted as such). */
const RUN_TIMEOUT_MS = 15_000;

/** In the page, from its first script: when the first field is painted, and when the policy answered. */
function watchFirstField({ selector, timeoutMs }) {
  const field = new Promise((resolve) => {
    const painted = () => requestAnimationFrame(() => resolve(performance.now()));
    if (document.querySelector(selector)) return painted();
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      painted();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const policy = chrome.storage.managed.get(null).then(
    () => performance.now(),
    () => performance.now(),
  );
  const cut = new Promise((resolve) => setTimeout(() => resolve(Number.NaN), timeoutMs));
  return Promise.all([Promise.race([field, cut]), Promise.race([policy, cut])]);
}

export async function measureComposerStart(runs = SETTINGS.composerRuns) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumExecutable(),
      headless: true,
      args: chromiumArgs(EXTENSION_DIR),
    });
    try {
      await blockOtherHosts(context);
      const extensionId = await extensionIdOf(context);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`chrome-extension://${extensionId}/composer.html#${COMPOSER_FORM}`, {
        waitUntil: 'commit',
      });
      const [firstFieldMs, policyAnsweredMs] = await page.evaluate(watchFirstField, {
        selector: FIRST_FIELD,
        timeoutMs: RUN_TIMEOUT_MS,
      });
      samples.push({ firstFieldMs, policyAnsweredMs });
    } finally {
      await context.close();
    }
  }
  return {
    runs,
    form: COMPOSER_FORM,
    firstField: spread(samples.map((s) => s.firstFieldMs)),
    policyAnswered: spread(samples.map((s) => s.policyAnsweredMs)),
    timeouts: samples.filter((s) => !Number.isFinite(s.firstFieldMs)).length,
    samples,
  };
}
