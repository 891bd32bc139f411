// The same ViaTrajectoire pages written the ways common Angular UI kits write them (Bootstrap/ngbNav,
// Angular Material, PrimeNG, ARIA grids, cards, banner pairs in one line…), in the e2e build at their
// real addresses (tests/e2e/extension.ts): the panel gives the page kind, the situation and the names
// of the reference page, and a fiche whose units tab shows up later is read again once it does.
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { SITUATIONS_CALLING_FOR_ACTION } from '../../content/options';
import { labels } from '../../content/text/fr/panel';
import { fixture, fixturePath } from '../support/fixtures.mjs';
import { expect, test } from './extension';
import { panelInPage, panelOf } from './open-panel';

const { contextShown } = labels;

/** Each variant fixture and the names its banner shows, whichever way it writes them. */
const VARIANTS: { name: string; structure?: string; unit?: string }[] = [
  { name: 'establishment-no-unit-bootstrap', structure: 'ASSOCIATION EXEMPLE SOLIDARITE' },
  { name: 'establishment-no-unit-p-tabpanel', structure: 'ASSOCIATION EXEMPLE SOLIDARITE' },
  { name: 'establishment-units-mat-tab', structure: 'ACT Les Tilleuls Imaginaires' },
  { name: 'establishment-units-mat-legacy', structure: 'ACT Les Tilleuls Imaginaires' },
  { name: 'establishment-units-primeng', structure: 'ACT Les Tilleuls Imaginaires' },
  { name: 'account-grid', structure: 'CSAPA Fictif du Canal', unit: 'Consultations avancées' },
  { name: 'establishment-units-plain-list', structure: 'ACT Les Tilleuls Imaginaires', unit: 'Appartements' },
  { name: 'establishment-no-unit-plain-list', structure: 'ASSOCIATION EXEMPLE SOLIDARITE' },
  { name: 'account-cards' },
  { name: 'dashboard-one-line', structure: 'CSAPA Fictif du Canal', unit: 'Consultations avancées' },
  // A request file: no name shown, whichever way its banners write them.
  { name: 'request-variants' },
];

/** Opens the panel as the user would: it opens by itself on a blocker (content/options.ts); elsewhere, its tab. */
async function openPanel(panel: Locator, situation: string) {
  if ((await panel.getAttribute('data-open')) === 'false') {
    expect((SITUATIONS_CALLING_FOR_ACTION as readonly string[]).includes(situation)).toBe(false);
    await panel.locator('.panel-tab').click();
  }
  await expect(panel).toHaveAttribute('data-open', 'true');
}

test.describe('each markup variant: the page kind, the situation and the banner’s names', () => {
  for (const { name, structure, unit } of VARIANTS) {
    test(name, async ({ page, externalRequests }) => {
      const { url, pageKind, situation } = fixture(name);
      await page.goto(url);
      // Asked for where the page holds nothing of ours (all four prerequisites seen).
      const panel = await panelInPage(page);
      await expect(panel).toHaveAttribute('data-page', pageKind);
      await expect(panel).toHaveAttribute('data-situation', situation);
      await openPanel(panel, situation);
      // The names are seen, never shown: the panel says, in its own words, where the page shows them.
      const shown = panel.locator('.context-shown');
      const sentence = structure && unit ? contextShown.both : structure ? contextShown.structure : undefined;
      if (sentence === undefined) await expect(shown).toHaveCount(0);
      else await expect(shown).toHaveText(sentence);
      for (const name of [structure, unit].filter((text) => text !== undefined))
        await expect(panel.getByText(name)).toHaveCount(0);
      expect(externalRequests).toEqual([]);
    });
  }
});

test('an ngbNav fiche opened on another tab: unknown at first, no unit once the units tab is rendered', async ({
  page,
}) => {
  const { url, file } = fixture('establishment-no-unit-bootstrap');
  const message = "<p>Aucune unité de soins n'est rattachée à cet établissement.</p>";
  // The same fiche, « Informations générales » selected; ngbNav keeps no content in an unselected pane.
  const otherTab = readFileSync(fixturePath(file), 'utf8')
    .replace('class="nav-link active" href="#unites"', 'class="nav-link" href="#unites"')
    .replace('class="nav-link" href="#infos"', 'class="nav-link active" href="#infos"')
    .replace('class="tab-pane" id="infos"', 'class="tab-pane active" id="infos"')
    .replace('class="tab-pane active" id="unites"', 'class="tab-pane" id="unites"')
    .replace(message, '');
  expect(otherTab).not.toContain(message);
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: otherTab }),
  );
  await page.goto(url);
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-page', 'establishment');
  // The units pane is not the one shown: nothing is known of the units, so no "no unit".
  await expect(panel).toHaveAttribute('data-situation', 'how-to-request');
  // The user selects « Unités de soins »: ngbNav moves .active and renders the pane's content.
  await page.evaluate((paneContent) => {
    for (const element of document.querySelectorAll('.active')) element.classList.remove('active');
    document.querySelector('a[href="#unites"]')?.classList.add('active');
    const pane = document.getElementById('unites');
    pane?.classList.add('active');
    pane?.insertAdjacentHTML('afterbegin', paneContent);
  }, message);
  await expect(panel).toHaveAttribute('data-situation', 'no-unit');
});
