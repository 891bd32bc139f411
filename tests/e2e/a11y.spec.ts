// Accessibility of the popup and of the in-page panel, on the e2e build (its panel's shadow root
// open, so that axe reaches inside; tests/e2e/extension.ts): axe-core finds no WCAG 2.2 AA
// violation in any state, a keyboard alone does the whole journey, nothing is said by colour alone,
// and the panel is usable at 200 % zoom.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { CONTACT_ADDRESS } from '../../content/guide';
import { SITUATIONS_CALLING_FOR_ACTION } from '../../content/options';
import { labels } from '../../content/text/fr/panel';
import { fixtureUrl, VIATRAJECTOIRE_ORIGIN as VT_ORIGIN } from '../support/fixtures.mjs';
import { expect, test } from './extension';
import { openByItsTab, panelInPage, panelOf } from './open-panel';
import { WCAG_TAGS } from './wcag';

// Only for the type checker: page.evaluate runs these in the extension's popup page.
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** axe's violations, one readable paragraph each: rule, impact, help, and every node with its fix. */
function describeViolations(results: AxeResults): string {
  return results.violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}`,
        `  ${violation.helpUrl}`,
        ...violation.nodes.map(
          (node) =>
            `  - ${JSON.stringify(node.target)}\n    ${node.html}\n    ${node.failureSummary?.replaceAll('\n', '\n    ') ?? ''}`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

async function expectNoViolations(results: AxeResults, where: string) {
  expect(results.violations, `axe violations ${where}:\n\n${describeViolations(results)}`).toEqual([]);
}

/** Nodes axe checked (passed or found inapplicable) whose target goes into a shadow root. */
function shadowNodesAudited(results: AxeResults): string[] {
  return [...results.passes, ...results.inapplicable, ...results.incomplete].flatMap((rule) =>
    rule.nodes
      // A node in a shadow root has a target like [["vt-act-guide", "button.choice"]].
      .filter((node) => Array.isArray(node.target[0]) && node.target[0].length >= 2)
      .map((node) => node.html),
  );
}

/** axe on the panel only (the fixture pages are imitations: their own markup is not ours to audit). */
async function auditPanel(page: Page, where: string): Promise<AxeResults> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).include('vt-act-guide').analyze();
  // Proof that axe went inside the open shadow root: it checked the panel's own buttons there.
  const inside = shadowNodesAudited(results);
  expect(
    inside.some((html) => html.startsWith('<button')),
    `axe audited no button inside <vt-act-guide>'s shadow root (${where})`,
  ).toBe(true);
  expect(
    inside.some((html) => html.startsWith('<aside')),
    `axe audited no <aside> inside the shadow root (${where})`,
  ).toBe(true);
  await expectNoViolations(results, where);
  return results;
}

/** Opens every disclosure of the panel and every « (ajout de l'extension) » source, one at a time. */
async function openEverything(panel: Locator) {
  const closed = panel.locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  const hidden = panel.locator('.added-toggle[aria-expanded="false"]');
  while ((await hidden.count()) > 0) await hidden.first().click();
}

async function openChooser(panel: Locator) {
  const details = panel.locator('.chooser details');
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
  await expect(details).toHaveAttribute('open', '');
}

/** The focused element, through shadow roots, as `tag.class "name"`. */
async function deepFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return 'none';
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
    return `${element.localName}${element.className ? `.${element.className}` : ''} "${name}"`;
  });
}

/** Presses Tab until `target` has focus (at most `limit` presses); returns the path for messages. */
async function tabTo(page: Page, target: Locator, limit: number): Promise<string[]> {
  const path: string[] = [];
  for (let press = 0; press < limit; press++) {
    if (await target.evaluate((element) => element.matches(':focus')).catch(() => false)) break;
    await page.keyboard.press('Tab');
    path.push(await deepFocus(page));
  }
  await expect(target, `focus after each Tab: ${path.join(' → ')}`).toBeFocused();
  return path;
}

// --- 1. axe on the panel, in each situation, open and collapsed ---------------------------------------

/** How to reach each situation: a fixture that shows it, or a choice in the panel's chooser. */
const PANEL_SITUATIONS: { situation: string; fixture: string; choose?: RegExp }[] = [
  { situation: 'no-structure', fixture: 'dashboard', choose: /ma structure n.est pas décrite/i },
  { situation: 'no-unit', fixture: 'establishment-no-unit' },
  { situation: 'no-account', fixture: 'login' },
  { situation: 'no-habilitation', fixture: 'account-no-habilitation' },
  { situation: 'how-to-request', fixture: 'request' },
  { situation: 'unknown', fixture: 'other-public-charte' },
];

test.describe('axe finds no WCAG violation inside the panel', () => {
  // Three full axe runs per test: slow on a loaded 2-core machine.
  test.describe.configure({ timeout: 120_000 });
  for (const { situation, fixture, choose } of PANEL_SITUATIONS) {
    test(`${situation} (${fixture}${choose ? ', chosen by hand' : ''}): open, chooser open, collapsed`, async ({
      page,
    }) => {
      await page.goto(fixtureUrl(fixture));
      const panel = panelOf(page);
      await expect(panel).toHaveCount(1);
      // The panel opens by itself only on a blocker (content/options.ts); elsewhere it starts as
      // a tab, opened as the user would.
      if (!(SITUATIONS_CALLING_FOR_ACTION as readonly string[]).includes(situation) || choose)
        await openByItsTab(panel);
      if (choose) {
        await openChooser(panel);
        await panel.getByRole('button', { name: choose }).click();
      }
      await expect(panel).toHaveAttribute('data-situation', situation);
      await expect(panel).toHaveAttribute('data-open', 'true');
      await auditPanel(page, `${situation}, open`);

      // The chooser's list and (when chosen) the undo button, laid open.
      await openChooser(panel);
      await auditPanel(page, `${situation}, open, chooser open`);

      // « Le saviez-vous ? », « Pour l'équipe technique » and every extension's source, laid open.
      await openEverything(panel);
      await auditPanel(page, `${situation}, open, every disclosure open`);

      await panel.getByRole('button', { name: 'Réduire le guide' }).click();
      await expect(panel).toHaveAttribute('data-open', 'false');
      await expect(panel.locator('.panel-tab')).toBeVisible();
      await auditPanel(page, `${situation}, collapsed`);
    });
  }

  test('the "copied" feedback, the request page’s training and the habilitations question pass too', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: VT_ORIGIN });
    await page.goto(fixtureUrl('request'));
    const panel = panelOf(page);
    await openByItsTab(panel);
    await expect(panel.locator('.primary-action [data-resource="sesan-formation"]')).toBeVisible();
    await expect(panel.locator('.status-line')).toContainText(labels.status.notSeen);
    await panel.getByRole('button', { name: 'Copier l’adresse' }).first().click();
    await expect(panel.locator('.copy-status-copied').first()).toBeVisible();
    await auditPanel(page, 'request, training, question and "Adresse copiée" shown');
  });
});

// --- 2. axe on the popup ------------------------------------------------------------------------------

test.describe('axe finds no WCAG violation in the popup', () => {
  test.describe.configure({ timeout: 60_000 });
  test.beforeEach(async ({ page, popupUrl }) => {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(popupUrl);
    await expect(page.getByRole('heading', { name: 'Où en êtes-vous\u202f?' })).toBeVisible();
  });

  const auditPopup = async (page: Page, where: string) =>
    expectNoViolations(await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze(), where);

  test('default state', async ({ page }) => {
    await auditPopup(page, 'popup, default');
  });

  test('every prerequisite ticked: folded into « Tout est en place (4/4) », then unfolded', async ({
    page,
  }) => {
    for (const checkbox of await page.getByRole('checkbox').all()) await checkbox.check();
    await expect(page.getByTestId('all-set')).toBeVisible();
    const toggle = page.locator('button[aria-controls="checklist-list"]');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await auditPopup(page, 'popup, all ticked, folded');
    await toggle.click();
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    await auditPopup(page, 'popup, all ticked, unfolded');
  });

  test('the guide’s introduction and every source shown, the copy feedback shown', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByText('À propos du guide de SESAN').click();
    expect(await page.locator('details:not([open])').count()).toBe(0);
    const marks = page.getByRole('button', { name: '(ajout de l’extension)' });
    expect(await marks.count()).toBeGreaterThanOrEqual(2);
    for (const mark of await marks.all()) await mark.click();
    await expect(page.locator('.added-source')).toHaveCount(await marks.count());
    await page.getByRole('button', { name: 'Copier l’adresse' }).last().click();
    await expect(page.locator('.copy-status-copied').last()).toBeVisible();
    await auditPopup(page, 'popup, every details open');
  });

  test('ticks seen on ViaTrajectoire (disabled checkboxes, "vu sur ViaTrajectoire" tags)', async ({
    page,
  }) => {
    const now = Date.now();
    await page.evaluate(
      (at) =>
        chrome.storage.local.set({
          learnt: {
            hasAccount: { value: true, at },
            hasUnit: { value: true, at },
            hasHabilitation: { value: false, at },
          },
        }),
      now,
    );
    await page.reload();
    await expect(page.locator('.seen-tag')).toHaveCount(3);
    await auditPopup(page, 'popup, ticks seen on ViaTrajectoire');
  });
});

// --- 3. Keyboard only ---------------------------------------------------------------------------------

test('keyboard only in the panel: reach it, open it, choose a situation, copy, Escape', async ({
  page,
  context,
  popupUrl,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: VT_ORIGIN });
  // Start collapsed, as a returning user who reduced it would.
  const popup = await context.newPage();
  await popup.goto(popupUrl);
  await popup.evaluate(() => chrome.storage.local.set({ panel: { open: false } }));
  await popup.close();

  await page.goto(fixtureUrl('dashboard'));
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-open', 'false');
  await page.evaluate(() => navigator.clipboard.writeText('avant'));
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

  // From the start of the page, the tab button comes first.
  const tabButton = panel.locator('.panel-tab');
  const toTab = await tabTo(page, tabButton, 3);
  expect(toTab.length, `Tab presses to the panel: ${toTab.join(' → ')}`).toBeLessThanOrEqual(1);
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-open', 'true');
  await expect(panel.getByRole('heading', { level: 2, name: 'Guide ACT ViaTrajectoire' })).toBeFocused();

  // « Ce n'est pas votre cas ? », right under the status line, opened with Enter.
  const summary = panel.locator('.chooser summary');
  await expect(summary).toHaveText(labels.notMySituation);
  await tabTo(page, summary, 30);
  await page.keyboard.press('Enter');
  await expect(panel.locator('.chooser details')).toHaveAttribute('open', '');

  // The first situation, "ma structure n'est pas décrite", chosen with Enter.
  const noStructure = panel.getByRole('button', { name: /ma structure n.est pas décrite/i });
  await tabTo(page, noStructure, 2);
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-situation', 'no-structure');
  const afterChoice = await deepFocus(page);

  // The primary action first, then the other ways as links, then its "Copier l'adresse", pressed with Enter.
  const copy = panel.locator('.current-situation').getByRole('button', { name: 'Copier l’adresse' });
  const toCopy = await tabTo(page, copy, 30);
  await page.keyboard.press('Enter');
  await expect(panel.locator('.current-situation .copy-status')).toHaveText('Adresse copiée');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CONTACT_ADDRESS);

  // Escape collapses; focus returns to the tab button.
  await page.keyboard.press('Escape');
  await expect(panel).toHaveAttribute('data-open', 'false');
  await expect(tabButton).toBeFocused();

  test.info().annotations.push({
    type: 'focus',
    description: `after choosing: ${afterChoice}; then Tab × ${toCopy.length} to the copy button: ${toCopy.join(' → ')}`,
  });
});

test('after a situation is chosen with the keyboard, focus stays in the panel', async ({ page }) => {
  await page.goto(fixtureUrl('dashboard'));
  const panel = panelOf(page);
  await openByItsTab(panel);
  await openChooser(panel);
  await panel.getByRole('button', { name: /ma structure n.est pas décrite/i }).focus();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-situation', 'no-structure');
  const focusIsInPanel = () =>
    page.evaluate(() => {
      const host = document.querySelector('vt-act-guide');
      return document.activeElement === host && host?.shadowRoot?.activeElement != null;
    });
  expect(await focusIsInPanel(), `focus after the choice: ${await deepFocus(page)}`).toBe(true);
  // And the next Tab stays in the panel.
  await page.keyboard.press('Tab');
  expect(await focusIsInPanel(), `focus after one Tab: ${await deepFocus(page)}`).toBe(true);
});

test('after "Revenir à la situation déduite de la page" with the keyboard, focus stays in the panel', async ({
  page,
}) => {
  await page.goto(fixtureUrl('dashboard'));
  const panel = panelOf(page);
  await openByItsTab(panel);
  await openChooser(panel);
  await panel.getByRole('button', { name: /je n.ai pas de compte/i }).click();
  const undo = panel.getByRole('button', { name: 'Revenir à la situation déduite de la page' });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-situation', 'how-to-request');
  const inPanel = await page.evaluate(() => {
    const host = document.querySelector('vt-act-guide');
    return document.activeElement === host && host?.shadowRoot?.activeElement != null;
  });
  expect(inPanel, `focus after undoing: ${await deepFocus(page)}`).toBe(true);
});

test('keyboard only in the popup: Tab to a checkbox, Space, Tab to the copy button, Enter', async ({
  page,
  context,
  popupUrl,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(popupUrl);
  await page.evaluate(() => navigator.clipboard.writeText('avant'));
  const first = page.getByRole('checkbox').first();
  await tabTo(page, first, 10);
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await expect(page.locator('.progress-count')).toHaveText('1 sur 4');

  const copy = page.getByRole('button', { name: 'Copier l’adresse' }).first();
  await tabTo(page, copy, 40);
  // The focus is visible on it.
  expect(await copy.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CONTACT_ADDRESS);
  const status = page.getByRole('status').filter({ hasText: 'Adresse copiée' });
  await expect(status).toHaveCount(1);
  await expect(status).toBeVisible();
});

// --- 4. Nothing said by colour alone -----------------------------------------------------------------

test('the "vu sur ViaTrajectoire" tag and the copy status say it in words, not only in colour', async ({
  page,
  context,
  popupUrl,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(popupUrl);
  await page.evaluate(
    (at) => chrome.storage.local.set({ learnt: { hasAccount: { value: true, at } } }),
    Date.now(),
  );
  await page.reload();

  // The seen tag: its own words, tied to the checkbox it qualifies, and a symbol besides the colour.
  const seen = page.locator('#prerequisite-user-account-seen');
  await expect(seen).toHaveText('vu sur ViaTrajectoire');
  await expect(page.locator('#prerequisite-user-account')).toHaveAttribute(
    'aria-describedby',
    'prerequisite-user-account-seen',
  );
  // Besides the colour, an icon (SVG, hidden from screen readers, which read the words).
  await expect(page.getByRole('checkbox', { name: /compte/ })).toHaveAccessibleDescription(
    'vu sur ViaTrajectoire',
  );
  await expect(seen.locator('svg[aria-hidden="true"]')).toHaveCount(1);
  // A met prerequisite is a checked box, not only a muted colour.
  await expect(page.locator('#prerequisite-user-account')).toBeChecked();

  // The copy status: words and a mark, announced (role=status), not a colour change of the button.
  const contact = page.locator('section', { has: page.getByRole('heading', { name: 'Contact' }) });
  const status = contact.getByRole('status');
  await expect(status).toHaveText('');
  await contact.getByRole('button', { name: 'Copier l’adresse' }).click();
  await expect(status).toHaveText('Adresse copiée');
});

test('in the panel: the chosen situation is marked by a sign and aria-pressed, not only a colour', async ({
  page,
}) => {
  await page.goto(fixtureUrl('dashboard'));
  const panel = panelOf(page);
  await openByItsTab(panel);
  await openChooser(panel);
  const pressed = panel.locator('.choice[aria-pressed="true"]');
  await expect(pressed).toHaveCount(1);
  await expect(pressed).toHaveText(/je ne sais pas comment créer/i);
  // The sign is an SVG tick (components/Icon.tsx), drawn only on the pressed one.
  await expect(pressed.locator('svg.icon')).toHaveCount(1);
  await expect(panel.locator('.choice[aria-pressed="false"] svg')).toHaveCount(0);
  // A situation chosen by hand is said in words, with the way back.
  await panel.getByRole('button', { name: /je n.ai pas de compte/i }).click();
  await expect(panel.locator('.status-line')).toContainText('Situation choisie par vous.');
});

test('the copy status in the panel says "copy failed" in words when the clipboard refuses', async ({
  page,
  context,
}) => {
  await page.goto(fixtureUrl('dashboard'));
  const panel = panelOf(page);
  await openByItsTab(panel);
  // The page's own overrides do not reach the content script's world: the browser refuses instead.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Browser.setPermission', {
    permission: { name: 'clipboard-write' },
    setting: 'denied',
    origin: VT_ORIGIN,
  });
  const status = panel.locator('.current-situation .copy-status');
  await panel.locator('.current-situation').getByRole('button', { name: 'Copier l’adresse' }).click();
  await expect(status).toHaveText(/^Copie impossible\s?: sélectionnez l’adresse/);
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toBeVisible();
});

// --- 5. 200 % zoom ----------------------------------------------------------------------------------

for (const width of [640, 320]) {
  test(`at ${width === 640 ? '200' : '400'} % zoom (${width} px wide) the panel fits and every control is reachable`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width === 640 ? 360 : 256 });
    await page.goto(fixtureUrl('dashboard'));
    const panel = panelOf(page);
    await openByItsTab(panel);
    await openEverything(panel);
    const body = panel.locator('.panel-body');

    const fit = await body.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
      left: element.getBoundingClientRect().left,
      right: element.getBoundingClientRect().right,
      viewport: window.innerWidth,
    }));
    expect(fit.scrollWidth, JSON.stringify(fit)).toBeLessThanOrEqual(fit.clientWidth);
    expect(fit.left).toBeGreaterThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(fit.viewport);

    // Each control, scrolled to within the panel, is fully in the viewport and is what a click there hits.
    const controls = panel.locator('button, a[href], summary, input, select, textarea, [tabindex="0"]');
    const count = await controls.count();
    expect(count).toBeGreaterThan(10);
    const problems: string[] = [];
    for (let index = 0; index < count; index++) {
      const control = controls.nth(index);
      await control.scrollIntoViewIfNeeded();
      const box = await control.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        // A link that wraps has one box per line: aim at the middle of its first one.
        const line = element.getClientRects()[0] ?? rect;
        const x = line.left + Math.min(line.width / 2, 10);
        const y = line.top + line.height / 2;
        const root = element.getRootNode() as ShadowRoot;
        const hit = root.elementFromPoint(x, y);
        return {
          name: `${element.localName} "${(element.textContent ?? '').trim().slice(0, 30)}"`,
          left: rect.left,
          right: rect.right,
          top: rect.top,
          bottom: rect.bottom,
          hit: hit === element || (hit !== null && element.contains(hit)),
          viewportWidth: window.innerWidth,
          viewportHeight: window.innerHeight,
        };
      });
      if (box.left < 0 || box.right > box.viewportWidth + 0.5)
        problems.push(`${box.name} sticks out sideways: ${box.left}–${box.right} of ${box.viewportWidth}`);
      if (box.top < 0 || box.bottom > box.viewportHeight + 0.5)
        problems.push(`${box.name} cannot be scrolled into view: ${box.top}–${box.bottom}`);
      if (!box.hit) problems.push(`${box.name} is covered at its own position`);
    }
    expect(problems).toEqual([]);

    // The collapse button stays reachable, and the tab then fits as well.
    await panel.getByRole('button', { name: 'Réduire le guide' }).click();
    const tab = await panel.locator('.panel-tab').boundingBox();
    expect(tab).not.toBeNull();
    if (tab) {
      expect(tab.x).toBeGreaterThanOrEqual(0);
      expect(tab.x + tab.width).toBeLessThanOrEqual(width + 0.5);
      expect(tab.y).toBeGreaterThanOrEqual(0);
    }
  });
}

// --- « Ce que l'extension a compris » and its report ---------------------------------------------------

test('axe finds no WCAG violation in « Ce que l’extension a compris », open, report copied', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: VT_ORIGIN });
  await page.goto(fixtureUrl('account-prescriber'));
  // All four seen on this page: nothing in it until the user asks, and the panel comes open.
  const panel = await panelInPage(page);
  await expect(panel).toHaveAttribute('data-open', 'true');
  const section = panel.locator('details.understanding');
  await section.locator('summary').click();
  await expect(section).toHaveAttribute('open', '');
  await expect(section.locator('.understood-terms')).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Ce que l’extension a compris' })).toBeVisible();
  await auditPanel(page, '« Ce que l’extension a compris » open');
  await section.getByRole('button', { name: 'Copier un rapport de reconnaissance' }).click();
  await expect(section.getByRole('status')).toHaveText('Rapport copié');
  await auditPanel(page, '« Ce que l’extension a compris », « Rapport copié » shown');
});

test('keyboard only: Tab to « Ce que l’extension a compris », Enter/Space, Tab to the copy, Enter, Escape', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: VT_ORIGIN });
  // A page where the guide is a tab: something is left to do.
  await page.goto(fixtureUrl('dashboard'));
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-open', 'false');
  await page.evaluate(() => navigator.clipboard.writeText('avant'));
  const tabButton = panel.locator('.panel-tab');
  await tabTo(page, tabButton, 3);
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-open', 'true');

  const section = panel.locator('details.understanding');
  const summary = section.locator('summary');
  await expect(summary).toHaveText('Pour l’équipe technique');
  await expect(section).not.toHaveAttribute('open', '');
  await tabTo(page, summary, 40);
  await page.keyboard.press('Enter');
  await expect(section).toHaveAttribute('open', '');
  await page.keyboard.press('Space');
  await expect(section).not.toHaveAttribute('open', '');
  await page.keyboard.press('Space');
  await expect(section).toHaveAttribute('open', '');

  const copy = section.getByRole('button', { name: 'Copier un rapport de reconnaissance' });
  await tabTo(page, copy, 5);
  await page.keyboard.press('Enter');
  // Announced: the polite status of the section says it in words.
  await expect(section.getByRole('status')).toHaveText('Rapport copié');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    'Rapport de reconnaissance du Guide ACT ViaTrajectoire',
  );

  await page.keyboard.press('Escape');
  await expect(panel).toHaveAttribute('data-open', 'false');
  await expect(tabButton).toBeFocused();
});
