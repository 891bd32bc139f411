// The dashboard's three cases, each made by what the extension finds in its own storage before
// the load (its own keys, each value checked by the item's own parser): the bench (run.mjs,
// first-load.mjs) and the profile (profile.mjs) seed the same values.
import { isDeepStrictEqual } from 'node:util';
import { FIXTURE_PAGES } from '../tests/support/fixtures.mjs';
import { PREREQUISITE_IDS, STORED } from './code.mjs';

/** A stored value as the extension would keep it: its own parser must give it back unchanged. */
export function storedValue(name, value) {
  const parsed = STORED[name].parse(value);
  if (!isDeepStrictEqual(parsed, value)) throw new Error(`bench seed for ${name} is not a valid value`);
  return value;
}

export const DASHBOARD = FIXTURE_PAGES.find((f) => f.name === 'dashboard');
if (!DASHBOARD) throw new Error('no fixture named dashboard in tests/fixtures/pages.json');

/** The cases, in the order the tables show them. */
export const PANEL_CASES = ['setup', 'tab', 'open'];

/**
 * The storage seed of each case (the panel state and the options are the defaults):
 * - `tab`: nothing learnt, nothing ticked: the dashboard's situation (how-to-request) is no
 *   blocker, so the panel starts as its tab (content/options.ts panelOpensAtStart);
 * - `open`: a missing habilitation learnt just now makes the dashboard's situation
 *   no-habilitation, a blocker not dismissed: the panel opens by itself;
 * - `setup`: the four prerequisites met (every one ticked, and the account, unit and habilitation
 *   learnt true): the user is set up, and the extension puts nothing in the page.
 * Only these facts: other pages loaded in the same profile must not change the dashboard's
 * situation (an establishment fiche with no unit would make it no-unit, and open).
 * @param {'setup' | 'tab' | 'open'} panelCase
 * @param {number} [now] the time the facts were learnt
 */
export function caseSeed(panelCase, now = Date.now()) {
  const seed = {
    [STORED.panel.key]: storedValue('panel', { open: true, dismissed: [] }),
    [STORED.options.key]: storedValue('options', STORED.options.parse(undefined)),
    [STORED.learnt.key]: storedValue(
      'learnt',
      panelCase === 'open' ? { hasHabilitation: { value: false, at: now } } : {},
    ),
    [STORED.checklist.key]: storedValue('checklist', { ticked: {} }),
    [`${STORED.checklist.key}$`]: { v: STORED.checklist.version },
  };
  if (panelCase !== 'setup') return seed;
  const fact = { value: true, at: now };
  return {
    ...seed,
    [STORED.learnt.key]: storedValue('learnt', { hasAccount: fact, hasUnit: fact, hasHabilitation: fact }),
    [STORED.checklist.key]: storedValue('checklist', {
      ticked: Object.fromEntries(PREREQUISITE_IDS.map((id) => [id, true])),
    }),
  };
}

/** Writes a seed to the extension's storage.local from its service worker, as the extension stores it. */
export async function seedContext(context, values) {
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  await worker.evaluate((items) => chrome.storage.local.set(items), values);
}
