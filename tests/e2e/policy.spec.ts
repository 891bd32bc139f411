// The organisation's policy, as hospital IT deploys it: Chromium reads a real policy file
// (/etc/chromium/policies/managed/*.json, `3rdparty.extensions.<id>`), checks it against the
// extension's managed schema and hands it to the extension. The référents' address then fills
// « Écrire à mes référents », and the options page shows the side as « Défini par votre
// organisation » and the invalid value as ignored. The policy is machine-wide: it is written for
// this file's tests only, with harmless values, keyed by the id of a copy of the e2e build made
// for this run (no other test, here or in another checkout, loads that copy), and removed
// afterwards with the copy, even on failure.
import { createHash } from 'node:crypto';
import { accessSync, constants, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { assertExtensionBuilt, E2E_EXTENSION_DIR } from '../../scripts/launch.mjs';
import { fixtureUrl } from '../support/fixtures.mjs';
import { expect, test } from './extension';
import { openByItsTab, panelOf } from './open-panel';
import { WCAG_TAGS } from './wcag';

// Only for the type checker: page.evaluate runs this in the extension's options page.
declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

const POLICY_DIR = '/etc/chromium/policies/managed';
const RUN = `${process.pid}-${Date.now()}`;
const POLICY_FILE = join(POLICY_DIR, `vt-act-guide-e2e-${RUN}.json`);
/** The copy of the e2e build these tests load: its own folder, so its own extension id. */
const POLICY_BUILD = `${E2E_EXTENSION_DIR}-policy-${RUN}`;
const REFERENT = 'referent.politique@example.org';
const REPORTS = 'signalements.dsi@example.org';

/**
 * An unpacked extension's id, as Chromium derives it when the manifest has no `key`: the SHA-256
 * of its absolute path, the first 32 hex digits written with the letters a to p.
 */
function unpackedExtensionId(dir: string): string {
  return [...createHash('sha256').update(dir).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16)))
    .join('');
}

const EXTENSION_ID = unpackedExtensionId(POLICY_BUILD);
const POLICY = {
  '3rdparty': {
    extensions: {
      [EXTENSION_ID]: {
        referentsAddresses: [REFERENT],
        // A string, so Chromium's schema check lets it through; too long, the extension ignores it.
        organisationName: 'Structure de test (politique e2e) '.repeat(4),
        panelSide: 'left',
        panelTab: 'always',
        reportAddress: REPORTS,
      },
    },
  },
};

/** Why the policy cannot be written here (the directory, or its nearest existing parent, is not writable). */
function cannotWritePolicy(): string | undefined {
  let dir = POLICY_DIR;
  while (!existsSync(dir)) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return undefined;
  } catch {
    return `Chromium's policy directory ${POLICY_DIR} cannot be written here (${dir} is not writable): run as root, as .ci/run does.`;
  }
}

const cannotWrite = cannotWritePolicy();
test.skip(cannotWrite !== undefined, cannotWrite);
test.describe.configure({ mode: 'serial' });
test.use({ extensionDir: POLICY_BUILD });

test.beforeAll(() => {
  cpSync(assertExtensionBuilt(E2E_EXTENSION_DIR), POLICY_BUILD, { recursive: true });
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify(POLICY));
});

test.afterAll(() => {
  rmSync(POLICY_FILE, { force: true });
  rmSync(POLICY_BUILD, { recursive: true, force: true });
});

const loginUrl = () => fixtureUrl('login');

test('the policy is this extension’s: its id is the one computed from its folder', ({ extensionId }) => {
  // A wrong id would leave every other test here without a policy, failing for the wrong reason.
  expect(extensionId).toBe(EXTENSION_ID);
});

test('« Écrire à mes référents » writes to the référents the policy gives, the panel on its side', async ({
  context,
  page,
}) => {
  await page.goto(loginUrl());
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-situation', 'no-account');
  await expect(panel).toHaveAttribute('data-side', 'left');
  // The login page asks rather than states: the tab, which the user opens.
  await openByItsTab(panel);
  // No mail link in the page: the panel's button opens the composer, addressed to the policy's référents.
  await expect(panel.locator('a[href^="mailto:"]')).toHaveCount(0);
  const opened = context.waitForEvent('page', (candidate) => candidate.url().includes('/composer.html'));
  await panel.locator('.primary-action [data-compose="referents-account"]').click();
  const composer = await opened;
  await expect(composer.locator('#composer-referents-account-to')).toHaveValue(REFERENT);
  await composer.close();
  // Recognition reports go to the organisation's address (this build has none of its own): shown, to copy.
  const understanding = panel.locator('details.understanding');
  await understanding.locator('summary').click();
  await expect(understanding.locator('.report-address .address')).toHaveText(REPORTS);
  await expect(understanding.locator('a[href^="mailto:"]')).toHaveCount(0);
});

test('the options page shows the side as « Défini par votre organisation », read-only, and the ignored value', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const side = page.getByRole('group', { name: 'Côté de la page où s’affiche le panneau' });
  await expect(side).toContainText('Défini par votre organisation');
  await expect(side.getByRole('radio', { name: 'À gauche' })).toBeChecked();
  await expect(side.getByRole('radio', { name: 'À gauche' })).toBeDisabled();
  await expect(side).toHaveAccessibleDescription(/Défini par votre organisation/);
  // « Onglet du guide » set by the policy: shown, read-only, described.
  const tab = page.getByRole('group', { name: 'Onglet du guide' });
  await expect(tab.getByRole('radio', { name: 'Toujours' })).toBeChecked();
  await expect(tab.getByRole('radio', { name: 'Toujours' })).toBeDisabled();
  await expect(tab).toHaveAccessibleDescription(/Défini par votre organisation/);
  // Automatic opening was not set by the policy: it stays the user's.
  await expect(page.getByRole('radio', { name: 'Le panneau s’ouvre de lui-même' })).toBeEnabled();
  await expect(page.getByTestId('organisation')).toContainText(REFERENT);
  await expect(page.getByTestId('managed-ignored')).toContainText(
    'organisationName\u00a0: 135\u00a0caractères\u00a0: 120 au plus.',
  );
  await expect(page.getByTestId('organisation')).toContainText(REPORTS);
  // Under a policy the page passes the accessibility audit too: disabled choices, described.
  const audit = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(audit.violations.map((violation) => violation.id)).toEqual([]);
  // Nothing of the policy lands in the extension's own storage.
  const local = await page.evaluate(() => chrome.storage.local.get(null));
  expect(JSON.stringify(local)).not.toContain(REFERENT);
});

// The popup has no mail to the référents of its own: its line under « J'ai un compte » opens this
// same composer form.
test('the composer’s mails to the référents go to the policy’s référents, again after « Effacer »', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/composer.html#referents-account`);
  const to = page.locator('#composer-referents-account-to');
  await expect(to).toHaveValue(REFERENT);
  await expect(to).toHaveAccessibleDescription(/^Adresse fournie par votre organisation\./);
  // Emptied by « Effacer », the form starts again as it opened: to the policy's référents.
  await to.fill('moi@hopital.fr');
  await page.getByRole('button', { name: 'Effacer', exact: true }).click();
  await expect(to).toHaveValue(REFERENT);
});
